namespace Facturation.Application.Issuing;

/// <summary>Where the writer stands (see <see cref="IssueWriter.State"/>).</summary>
/// <param name="Epoch">Batches begun.</param>
/// <param name="TrustedFrom">The first epoch whose preparations the writer trusts.</param>
internal sealed record EpochState(long Epoch, long TrustedFrom);
