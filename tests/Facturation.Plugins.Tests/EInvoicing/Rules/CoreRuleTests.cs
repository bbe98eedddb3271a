using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>EN 16931 core rules BR-01 … BR-65 and the BR-CO rules on parties and payment, one broken thing at a time.</summary>
public sealed class CoreRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "no invoice number", "BR-02" },
        { "blank seller name", "BR-06" },
        { "blank buyer name", "BR-07" },
        { "seller country missing", "BR-09" },
        { "buyer country missing", "BR-11" },
        { "no lines", "BR-16 BR-CO-10 BR-S-08" },
        { "blank line identifier", "BR-21" },
        { "blank item name", "BR-25" },
        { "line discount without reason (written with reason code 95)", "" },
        { "line charge (negative discount) without reason", "BR-44 BR-CO-24" },
        { "allowance without reason", "BR-33 BR-CO-21" },
        { "charge without reason", "BR-38 BR-CO-22" },
        { "preceding invoice without number", "BR-55" },
        { "invoicing period ending before it starts", "BR-29" },
        { "invoicing period of one day", "" },
        { "deliver-to address without country", "BR-57" },
        { "seller electronic address without scheme", "BR-62" },
        { "buyer electronic address without scheme", "BR-63" },
        { "accounting currency without VAT in it", "BR-53" },
        { "VAT in accounting currency stated in another currency", "BR-53" },
        { "exchange rate to the document currency itself", "" },
        { "credit transfer without account", "BR-50 BR-61" },
        { "seller VAT id with a made-up prefix", "BR-CO-09" },
        { "Greek VAT id with EL prefix", "" },
        { "amount due without due date nor terms", "BR-CO-25" },
        { "nothing due without due date nor terms", "" },
        { "seller without any identifier", "BR-CO-26 BR-S-02" },
        { "negative unit price written as negative quantity", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_snapshot_broken_in_one_way_breaks_exactly_the_published_rules(string breakage, string expected) =>
        RuleSnapshots.AssertBroken(Broken(breakage), expected);

    [Fact]
    public void A_blank_specification_identifier_breaks_BR_01()
    {
        var problem = Assert.Single(En16931Rules.Check(EInvoiceSnapshots.DomesticStandard, " "));

        Assert.Equal(("BR-01", "BR-01"), (problem.Code, problem.RuleId));
    }

    private static DocumentSnapshot Broken(string breakage)
    {
        var domestic = EInvoiceSnapshots.DomesticStandard;
        var mixed = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        var noCountry = default(CountryCode);
        return breakage switch
        {
            "invoicing period ending before it starts" => domestic.WithDocument(static d => d with { InvoicingPeriod = new InvoicingPeriod(new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 1)) }),
            "invoicing period of one day" => domestic.WithDocument(static d => d with { InvoicingPeriod = new InvoicingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)) }),
            "no invoice number" => domestic.WithDocument(static d => d with { Number = "" }),
            "blank seller name" => domestic.WithSeller(static s => s with { Name = "  " }),
            "blank buyer name" => domestic.WithBuyer(static b => b with { Name = "" }),
            "seller country missing" => domestic.WithSeller(s => s with { Address = s.Address with { Country = noCountry } }),
            "buyer country missing" => domestic.WithBuyer(b => b with { Address = b.Address with { Country = noCountry } }),
            "no lines" => domestic with { Lines = [] },
            "blank line identifier" => domestic.WithLine(0, static l => l with { Line = l.Line with { LineId = " " } }),
            "blank item name" => domestic.WithLine(1, static l => l with { Line = l.Line with { Description = "" } }),
            "line discount without reason (written with reason code 95)" => mixed.WithLine(0, static l => l with { Line = l.Line with { DiscountReason = null } }),
            "line charge (negative discount) without reason" => mixed.WithLine(2, static l => l with { Line = l.Line with { Discount = -5m } }),
            "allowance without reason" => mixed.WithAllowanceCharge(0, static a => a with { Reason = "", ReasonCode = null }),
            "charge without reason" => mixed.WithAllowanceCharge(1, static a => a with { Reason = " ", ReasonCode = null }),
            "preceding invoice without number" => EInvoiceSnapshots.CreditNote.WithDocument(static d => d with
            {
                PrecedingDocuments = [d.PrecedingDocuments[0] with { Number = "" }],
            }),
            "deliver-to address without country" => EInvoiceSnapshots.Export.WithDocument(d => d with
            {
                DeliveryAddress = d.DeliveryAddress! with { Country = noCountry },
            }),
            "seller electronic address without scheme" => domestic.WithSeller(static s => s with { ElectronicAddress = new ElectronicAddress("832457816", " ") }),
            "buyer electronic address without scheme" => domestic.WithBuyer(static b => b with { ElectronicAddress = new ElectronicAddress("512349879", "") }),
            "accounting currency without VAT in it" => EInvoiceSnapshots.ForeignCurrency.WithTotals(static t => t with { TaxTotalInAccountingCurrency = null }),
            "VAT in accounting currency stated in another currency" => EInvoiceSnapshots.ForeignCurrency.WithTotals(static t => t with
            {
                TaxTotalInAccountingCurrency = t.TaxTotalInAccountingCurrency!.Value with { Currency = new CurrencyCode("GBP") },
            }),
            "exchange rate to the document currency itself" => domestic.WithDocument(static d => d with
            {
                AccountingExchangeRate = new ExchangeRate(CurrencyCode.Eur, CurrencyCode.Eur, 1m, d.IssueDate, "BCE"),
            }),
            "credit transfer without account" => domestic.WithSeller(static s => s with { BankAccount = new BankAccount(" ") }),
            "seller VAT id with a made-up prefix" => domestic.WithSeller(static s => s with { VatNumber = "QQ14832457816" }),
            "Greek VAT id with EL prefix" => domestic.WithBuyer(static b => b with { VatNumber = "EL094259216" }),
            "amount due without due date nor terms" => domestic.WithDocument(static d => d with { PaymentTerms = new PaymentTerms(null, " ") }),
            "nothing due without due date nor terms" => EInvoiceSnapshots.FinalInvoiceAfterDeposit
                .WithDocument(static d => d with { PaymentTerms = null })
                .WithTotals(static t => t with { PrepaidAmount = t.AmountDue, AmountDue = t.AmountDue with { Amount = 0m } }),
            "seller without any identifier" => domestic.WithSeller(static s => s with { Identifiers = [], VatNumber = null }),
            "negative unit price written as negative quantity" => EInvoiceSnapshots.FinalInvoiceAfterDeposit,
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown case."),
        };
    }
}
