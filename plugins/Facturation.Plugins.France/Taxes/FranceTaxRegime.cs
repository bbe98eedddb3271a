using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>STUB — being written.</summary>
public sealed class FranceTaxRegime : ITaxRegime
{
    /// <inheritdoc />
    public string Id => "fr-vat";

    /// <inheritdoc />
    public string DisplayName => "TVA France (métropole)";

    /// <inheritdoc />
    public ValueTask<TaxAssessment> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("stub");
}
