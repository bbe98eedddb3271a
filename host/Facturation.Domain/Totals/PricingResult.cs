using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Domain.Totals;

/// <summary>A priced document (line nets, VAT breakdown, totals) or the problems that prevent pricing it.</summary>
/// <param name="Snapshot">The priced document when there is no problem.</param>
/// <param name="Problems">What prevents pricing.</param>
public sealed record PricingResult(DocumentSnapshot? Snapshot, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether pricing succeeded.</summary>
    public bool Succeeded => Snapshot is not null && Problems.Count == 0;
}
