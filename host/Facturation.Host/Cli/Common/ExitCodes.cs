namespace Facturation.Host.Cli.Common;

/// <summary>
/// The exit codes of <c>facturation</c>, the only place they are defined (the README's table says the same).
/// Scripts can tell apart what the user can fix in the input (1, 2), a partial result (3), the machine (74) and a bug (70).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The use case refused the input, or a check found problems (each printed; nothing written).</summary>
    public const int Refused = 1;

    /// <summary>Usage: a malformed, missing or unknown argument, or invalid configuration; the command did not run.</summary>
    public const int BadArgument = 2;

    /// <summary>Part of the work is done and kept, the rest refused (an import written whose <c>--issue</c> stopped at a refused draft).</summary>
    public const int PartlyDone = 3;

    /// <summary>An internal error (a bug): one line and the log file's path on stderr, the full exception in the log.</summary>
    public const int InternalError = 70;

    /// <summary>
    /// The database or a file could not be used: disk full, read-only storage, permission, not a database, corrupt,
    /// locked by another process for too long. One line names the file and the cause. (sysexits.h EX_IOERR.)
    /// </summary>
    public const int StorageFailure = 74;

    /// <summary>Interrupted by Ctrl+C or SIGTERM before the end (128 + SIGINT, the shell's convention).</summary>
    public const int Interrupted = 130;

    /// <summary><c>einvoice read</c>: the file was read, and what it says breaks rules (each one listed).</summary>
    public const int RulesBroken = 1;

    /// <summary><c>einvoice read</c>: the file cannot be read as an e-invoice (not XML nor PDF, unknown syntax, damaged,
    /// too large, no embedded invoice).</summary>
    public const int Unreadable = 2;
}
