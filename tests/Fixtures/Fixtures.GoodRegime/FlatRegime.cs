using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Fixtures.GoodRegime;

/// <summary>Every line at 7 %, category S.</summary>
public sealed class FlatRegime(RegimeLabel label, TimeProvider clock) : ITaxRegime
{
    public string Id => "fixture-flat";

    public string DisplayName => label.Text;

    public TimeProvider Clock => clock;

    public ValueTask<Outcome<TaxAssessment>> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Outcome<TaxAssessment>.Success(new TaxAssessment(
            request.Document.Lines.Select(l => new LineTaxDecision(l.LineId, new TaxDecision(VatCategory.StandardRate, 7m))).ToList(),
            [], [])));
}
