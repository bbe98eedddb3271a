using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>
/// Decides document-level allowances and charges like the lines of their tax class, since they adjust those
/// lines' taxable base (EN 16931 BR-S-08 and siblings group them by category and rate).
/// </summary>
internal static class AllowanceChargeVatDecider
{
    /// <summary>One treatment per decidable allowance or charge, by index; problems go to <paramref name="problems"/>.</summary>
    public static List<(int Index, VatTreatment Treatment)> Decide(
        BusinessDocument document, IReadOnlyList<(DocumentLine Line, VatTreatment? Treatment)> lines, FrenchVatDecider decider, List<Problem> problems)
    {
        var decided = new List<(int, VatTreatment)>();
        for (var i = 0; i < document.AllowancesCharges.Count; i++)
        {
            var taxClass = document.AllowancesCharges[i].TaxClass;
            var field = $"AllowancesCharges[{i}].TaxClass";
            var ofClass = lines.Where(l => l.Line.TaxClass == taxClass).ToList();
            var treatment = ofClass.Count == 0
                ? decider.DecideDomestic(taxClass, nature: null, decider.DocumentRateDate, field)
                : LikeLines(taxClass, ofClass.ConvertAll(l => l.Treatment), field, problems);
            if (treatment is not null)
                decided.Add((i, treatment));
        }
        return decided;
    }

    private static VatTreatment? LikeLines(TaxClass taxClass, List<VatTreatment?> treatments, string field, List<Problem> problems)
    {
        // A line of the class was refused: the document is refused already, nothing more to say about the allowance.
        if (treatments.Contains(null))
            return null;
        var known = treatments.OfType<VatTreatment>().ToList();
        // Goods and services of one rate differ only by tax point: same category and rate, so not ambiguous.
        var distinct = known.Select(t => t with { Decision = t.Decision with { TaxPoint = TaxPoint.OnInvoicing } }).Distinct().ToList();
        if (distinct.Count > 1)
        {
            problems.Add(FrenchVatProblems.AllowanceAmbiguous(taxClass, distinct.Select(t => t.Decision), field));
            return null;
        }
        // Mixed tax points: the allowance is not tied to a payment, so it follows the invoicing.
        return known.Select(t => t.Decision.TaxPoint).Distinct().Count() == 1 ? known[0] : distinct[0];
    }
}
