namespace Facturation.Persistence;

/// <summary>
/// The database could not be used for a reason outside the program (disk full, permission, read-only storage, not a
/// database, corruption, a lock held too long). The message names the file, the cause and what to do, in one line:
/// the CLI prints it without a stack trace.
/// </summary>
public sealed class DatabaseFailureException : Exception
{
    /// <summary>Creates the failure.</summary>
    /// <param name="kind">The cause.</param>
    /// <param name="message">One line naming the file, the cause and what to do.</param>
    /// <param name="innerException">The exception it was recognised in, if any.</param>
    public DatabaseFailureException(DatabaseFailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => Kind = kind;

    /// <summary>Creates a failure of kind <see cref="DatabaseFailureKind.IoError"/>.</summary>
    public DatabaseFailureException()
        : this(DatabaseFailureKind.IoError, "The database could not be used.")
    {
    }

    /// <summary>Creates a failure of kind <see cref="DatabaseFailureKind.IoError"/>.</summary>
    /// <param name="message">One line naming the file and the cause.</param>
    public DatabaseFailureException(string message)
        : this(DatabaseFailureKind.IoError, message)
    {
    }

    /// <summary>Creates a failure of kind <see cref="DatabaseFailureKind.IoError"/>.</summary>
    /// <param name="message">One line naming the file and the cause.</param>
    /// <param name="innerException">The exception it was recognised in.</param>
    public DatabaseFailureException(string message, Exception innerException)
        : this(DatabaseFailureKind.IoError, message, innerException)
    {
    }

    /// <summary>The cause.</summary>
    public DatabaseFailureKind Kind { get; }
}
