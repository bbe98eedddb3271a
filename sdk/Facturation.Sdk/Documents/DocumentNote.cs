namespace Facturation.Sdk.Documents;

/// <summary>A free-text note on a document (EN 16931 BG-1).</summary>
/// <param name="Text">The note (BT-22).</param>
/// <param name="SubjectCode">UNTDID 4451 subject (BT-21), e.g. AAB, PMT, PMD.</param>
public sealed record DocumentNote(string Text, string? SubjectCode = null);
