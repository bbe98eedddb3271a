namespace Facturation.Application.Interchange;

/// <summary>An imported draft and the number issuing gave it.</summary>
/// <param name="SourceId">The draft's source id.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Number">Its number.</param>
public sealed record ImportedIssue(string SourceId, Guid DocumentId, string Number);
