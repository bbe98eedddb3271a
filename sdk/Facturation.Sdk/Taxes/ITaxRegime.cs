using Facturation.Sdk.Common;

namespace Facturation.Sdk.Taxes;

/// <summary>
/// A country's VAT rules. The regime only decides (category, rate, exemption, mentions); the host computes
/// line nets, the per-category breakdown and totals once, with one rounding policy (EN 16931).
/// </summary>
public interface ITaxRegime
{
    /// <summary>Stable id that company settings name to activate the regime, e.g. <c>fr-vat</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>Decides the VAT treatment of every line and document-level allowance or charge.</summary>
    /// <param name="request">The document and the company's settings for this regime.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decisions, or every problem that prevents them (an unsupported case, missing data), listed at once.</returns>
    ValueTask<Outcome<TaxAssessment>> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken);
}
