using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Fixtures.Sdk10;

/// <summary>Refuses documents without lines, otherwise 5.5 % everywhere: exercises records of SDK 1.0.</summary>
public sealed class HalfRegime : ITaxRegime
{
    public string Id => "sdk10-half";

    public string DisplayName => "SDK 1.0 regime";

    public ValueTask<TaxAssessment> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(request.Document.Lines.Count == 0
            ? TaxAssessment.Refused(new Problem("empty", "No lines.", "Lines"))
            : new TaxAssessment(
                request.Document.Lines.Select(l => new LineTaxDecision(l.LineId, new TaxDecision(VatCategory.StandardRate, 5.5m))).ToList(),
                [], [new LegalMention("sdk10", "Built against SDK 1.0") { SubjectCode = "AAB" }], []));
}
