using Facturation.Domain.Totals;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Domain.Tests;

/// <summary>Builds documents and prices them with a regime that maps tax classes to fixed rates (20 / 10 / 5.5 / 2.1 / 0).</summary>
internal static class Priced
{
    private static readonly Dictionary<string, decimal> Rates = new()
    {
        ["standard"] = 20m, ["intermediate"] = 10m, ["reduced"] = 5.5m, ["super-reduced"] = 2.1m,
    };

    public static DocumentLine Line(decimal quantity, decimal price, string taxClass = "standard", decimal discount = 0m, string? id = null) =>
        new(id ?? Guid.NewGuid().ToString("N"), "Item", quantity, UnitCode.One, price, LineNature.Goods, new TaxClass(taxClass)) { Discount = discount };

    public static BusinessDocument Document(IEnumerable<DocumentLine> lines, params DocumentAllowanceCharge[] allowances)
    {
        var address = new PostalAddress(["1 rue"], "75001", "Paris", CountryCode.France);
        var party = new Party("P", PartyKind.Business, address);
        return new BusinessDocument(DocumentType.Invoice, new DateOnly(2026, 1, 15), CurrencyCode.Eur, party, party, lines.ToList())
        {
            AllowancesCharges = allowances,
        };
    }

    public static DocumentSnapshot Price(BusinessDocument document)
    {
        var result = DocumentPricing.Price(document, Assess(document));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Snapshot!;
    }

    public static TaxAssessment Assess(BusinessDocument document) => new(
        document.Lines.Select(l => new LineTaxDecision(l.LineId, Decision(l.TaxClass.Value))).ToList(),
        document.AllowancesCharges.Select((a, i) => new AllowanceChargeTaxDecision(i, Decision(a.TaxClass.Value))).ToList(),
        []);

    private static TaxDecision Decision(string taxClass) =>
        taxClass == "zero" ? new TaxDecision(VatCategory.ZeroRated, 0m) : new TaxDecision(VatCategory.StandardRate, Rates[taxClass]);
}
