namespace Facturation.Application.Tests.Concurrency;

/// <summary>What one issuer saw for one draft: the number it was told, or the failure.</summary>
/// <param name="DocumentId">The draft.</param>
/// <param name="Number">The number returned, when the issue succeeded.</param>
/// <param name="Failure">The exception or refusal, when it did not.</param>
internal sealed record IssueAttempt(Guid DocumentId, string? Number, string? Failure);
