using Facturation.Domain.Documents;

namespace Facturation.Application.Issuing;

/// <summary>
/// Opt-in hook into issuing: called inside the issuing transaction, after the number is taken and before the
/// commit. Throwing rolls the whole issue back (no number consumed). Used by later features (outbox, e-reporting)
/// and by tests that inject failures.
/// </summary>
public interface IIssueObserver
{
    /// <summary>Called before commit.</summary>
    /// <param name="document">The document, numbered.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    Task BeforeCommitAsync(Document document, CancellationToken cancellationToken);
}
