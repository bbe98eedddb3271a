namespace Facturation.Application.Journal;

/// <summary>One thing wrong with a company's integrity journal, naming the entry and the document concerned.</summary>
/// <param name="Code">Stable code from <see cref="JournalProblemCodes"/>.</param>
/// <param name="Message">What is wrong, for a person (names the document number).</param>
/// <param name="Sequence">The journal entry concerned, when there is one.</param>
/// <param name="DocumentNumber">The document concerned, when known.</param>
public sealed record JournalProblem(string Code, string Message, long? Sequence = null, string? DocumentNumber = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
