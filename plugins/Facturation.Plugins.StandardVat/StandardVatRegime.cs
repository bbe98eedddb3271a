using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.StandardVat;

/// <summary>
/// Domestic VAT with the rates of the company's settings: standard-rate classes give category S, the zero
/// class Z, the exempt class E with the configured reason, and the <c>outside-scope</c> class O (a seller or a
/// supply not subject to VAT). No cross-border rules: country packs add them.
/// </summary>
public sealed class StandardVatRegime : ITaxRegime, ITaxClassCatalog
{
    /// <summary>The tax class of supplies not subject to VAT (EN 16931 category O; BR-O-02: no VAT identifier on such an invoice).</summary>
    public static readonly TaxClass OutsideScope = new("outside-scope");

    /// <inheritdoc />
    public string Id => "standard-vat";

    /// <inheritdoc />
    public string DisplayName => "Standard VAT rates";

    /// <inheritdoc />
    /// <remarks>Zero, exempt and outside the scope, and every class with a rate in the settings (an empty rate: the country has no such class).</remarks>
    public IReadOnlyCollection<TaxClass> KnownTaxClasses(SettingValues settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return [TaxClass.Zero, TaxClass.Exempt, OutsideScope, .. settings.Keys
            .Where(k => k.StartsWith(StandardVatSettings.RatePrefix, StringComparison.Ordinal) && settings.GetDecimal(k) is not null)
            .Select(k => new TaxClass(k[StandardVatSettings.RatePrefix.Length..]))];
    }

    /// <inheritdoc />
    public ValueTask<Outcome<TaxAssessment>> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.Settings;
        var problems = new List<Problem>();
        var lines = new List<LineTaxDecision>();
        var document = request.Document;
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (Decide(line.TaxClass, line.Nature, settings, $"Lines[{i}].TaxClass", problems) is { } decision)
                lines.Add(new LineTaxDecision(line.LineId, decision));
        }
        var allowancesCharges = new List<AllowanceChargeTaxDecision>();
        for (var i = 0; i < document.AllowancesCharges.Count; i++)
        {
            if (Decide(document.AllowancesCharges[i].TaxClass, null, settings, $"AllowancesCharges[{i}].TaxClass", problems) is { } decision)
                allowancesCharges.Add(new AllowanceChargeTaxDecision(i, decision));
        }
        return ValueTask.FromResult(problems.Count > 0
            ? Outcome<TaxAssessment>.Failure(problems)
            : Outcome<TaxAssessment>.Success(new TaxAssessment(lines, allowancesCharges, [])));
    }

    private static TaxDecision? Decide(TaxClass taxClass, LineNature? nature, SettingValues settings, string field, List<Problem> problems)
    {
        var taxPoint = nature == LineNature.Service && settings.GetBoolean(StandardVatSettings.ServicesTaxedOnPayment) == true
            ? TaxPoint.OnPayment
            : TaxPoint.OnInvoicing;
        if (taxClass == TaxClass.Zero)
            return new TaxDecision(VatCategory.ZeroRated, 0m) { TaxPoint = taxPoint };
        if (taxClass == TaxClass.Exempt)
        {
            return new TaxDecision(VatCategory.Exempt, 0m)
            {
                ExemptionReason = settings.GetText(StandardVatSettings.ExemptionReason),
                ExemptionReasonCode = settings.GetText(StandardVatSettings.ExemptionCode) is { Length: > 0 } code ? code : null,
                TaxPoint = taxPoint,
            };
        }
        if (taxClass == OutsideScope)
        {
            // EN 16931 BR-O-10: the breakdown of category O states the reason; VATEX-EU-O is its code.
            return new TaxDecision(VatCategory.OutsideScope, 0m)
            {
                ExemptionReason = settings.GetText(StandardVatSettings.OutsideScopeReason),
                ExemptionReasonCode = "VATEX-EU-O",
                TaxPoint = taxPoint,
            };
        }
        if (settings.GetDecimal(StandardVatSettings.RatePrefix + taxClass.Value) is { } rate)
            return new TaxDecision(VatCategory.StandardRate, rate) { TaxPoint = taxPoint };
        problems.Add(new Problem("vat.no-rate-for-class",
            $"No VAT rate is set for tax class '{taxClass.Value}' (setting '{StandardVatSettings.RatePrefix}{taxClass.Value}').", field));
        return null;
    }
}
