using Facturation.Plugins.France;
using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Taxes;

/// <summary>Test data for the French VAT regime: a French seller, buyers anywhere, and a one-call assessment.</summary>
internal static class SomeFrench
{
    public const string SellerVat = "FR32123456789";

    public static readonly DateOnly IssueDate = new(2026, 11, 22);

    public static Party Seller(string? vatNumber = SellerVat) =>
        new Party("Atelier Dupont SAS", PartyKind.Business, Address("FR")) { VatNumber = vatNumber };

    public static Party Buyer(string country = "FR", PartyKind kind = PartyKind.Business, string? vatNumber = null) =>
        new Party("Client " + country, kind, Address(country)) { VatNumber = vatNumber };

    public static PostalAddress Address(string country) => new(["1 rue de la Paix"], "75002", "Paris", new CountryCode(country));

    public static DocumentLine Line(string id, TaxClass taxClass, LineNature nature = LineNature.Goods) =>
        new(id, "Item " + id, 1m, UnitCode.One, 100m, nature, taxClass);

    public static DocumentLine Goods(string id, string taxClass = "standard") => Line(id, new TaxClass(taxClass));

    public static DocumentLine Service(string id, string taxClass = "standard") => Line(id, new TaxClass(taxClass), LineNature.Service);

    public static BusinessDocument Invoice(Party buyer, params DocumentLine[] lines) =>
        new(DocumentType.Invoice, IssueDate, CurrencyCode.Eur, Seller(), buyer, lines);

    public static DocumentAllowanceCharge Allowance(string taxClass, decimal amount = 10m) => new(false, amount, new TaxClass(taxClass), "Remise");

    public static SettingValues Settings(params (string Key, string Value)[] values) =>
        new SettingValues(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).WithDefaults(new FranceSettings().Definitions);

    public static Task<Outcome<TaxAssessment>> AssessAsync(BusinessDocument document, params (string Key, string Value)[] settings) =>
        new FranceTaxRegime().AssessAsync(new TaxAssessmentRequest(document, Settings(settings)), CancellationToken.None).AsTask();

    public static TaxDecision DecisionOf(this Outcome<TaxAssessment> assessment, string lineId) =>
        Assert.Single(assessment.GetValueOrThrow().Lines, l => l.LineId == lineId).Decision;
}
