using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>
/// French VAT for a seller established in mainland France: rates by date, franchise en base, reverse charge
/// (construction subcontracting, B2B services to the EU), exempt intra-EU supplies and exports, tax points and
/// the mentions each treatment requires. Distance sales to EU consumers (OSS) and public buyers (Chorus Pro) are
/// refused until supported, so French VAT is never charged silently in their place.
/// </summary>
public sealed class FranceTaxRegime : ITaxRegime, ITaxClassCatalog
{
    /// <inheritdoc />
    public string Id => "fr-vat";

    /// <inheritdoc />
    public string DisplayName => "TVA France (métropole)";

    /// <inheritdoc />
    public IReadOnlyCollection<TaxClass> KnownTaxClasses(SettingValues settings) => FrenchTaxClasses.Known;

    /// <inheritdoc />
    public ValueTask<Outcome<TaxAssessment>> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = request.Document;
        var problems = new List<Problem>();
        var decider = new FrenchVatDecider(document, request.Settings, problems);
        if (decider.BuyerTerritory == VatTerritory.France && document.Buyer.Kind == PartyKind.PublicBody)
            problems.Add(FrenchVatProblems.PublicBuyerNotSupported());
        var lines = new List<(DocumentLine Line, VatTreatment? Treatment)>();
        for (var i = 0; i < document.Lines.Count; i++)
            lines.Add((document.Lines[i], decider.DecideLine(document.Lines[i], i)));
        var allowancesCharges = AllowanceChargeVatDecider.Decide(document, lines, decider, problems);
        // A problem met on several lines is listed once; the first treatment that needed it names its rule.
        if (problems.Count > 0)
            return ValueTask.FromResult(Outcome<TaxAssessment>.Failure(problems.DistinctBy(p => (p.Field, p.Code, p.Message))));

        var decidedLines = lines.ConvertAll(l => (l.Line, Treatment: l.Treatment!));
        var mentions = decidedLines.Select(l => l.Treatment.Mention)
            .Concat(allowancesCharges.Select(a => a.Treatment.Mention))
            .OfType<LegalMention>()
            .ToList();
        // The option for debits is printed when it changes something: services taxed in France (art. 269-2 c du CGI).
        if (decider.OptionDebits && decidedLines.Exists(l => l.Line.Nature == LineNature.Service && l.Treatment.Decision.Category == VatCategory.StandardRate))
            mentions.Add(FrenchVatMentions.OptionDebits);
        return ValueTask.FromResult(Outcome<TaxAssessment>.Success(new TaxAssessment(
            decidedLines.ConvertAll(l => new LineTaxDecision(l.Line.LineId, l.Treatment.Decision)),
            allowancesCharges.ConvertAll(a => new AllowanceChargeTaxDecision(a.Index, a.Treatment.Decision)),
            mentions.DistinctBy(m => m.Code).ToList())));
    }
}
