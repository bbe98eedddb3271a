using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>The official CEN/TC 434 and Factur-X samples read with the amounts they state.</summary>
public sealed class CiiSampleTests
{
    private const string Summation = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    public static TheoryData<string> Samples => new()
    {
        "en16931-cii/CII_example1.xml",
        "en16931-cii/CII_example3.xml",
        "en16931-cii/CII_business_example_Z.xml",
        "en16931-cii/XRechnung-O.xml",
        "facturx/factur-x-en16931.xml",
        "facturx/factur-x-basic.xml",
        "facturx/factur-x-extended.xml",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_reads_with_the_totals_it_states(string sample)
    {
        var xml = File.ReadAllBytes(Path.Combine(CiiTestKit.Standards, "samples", sample));
        Assert.True(CiiTestKit.Format.CanRead(xml.AsSpan(0, Math.Min(xml.Length, 1024))));

        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml, sample));

        Assert.True(import.Succeeded, string.Join(Environment.NewLine, import.Problems));
        var snapshot = import.Snapshot!;
        var totals = snapshot.Totals;
        Assert.Equal(CiiTestKit.Value(xml, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID"), snapshot.Document.Number);
        Assert.Equal(CiiTestKit.Value(xml, "//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"), import.Profile);
        Assert.Equal(CiiTestKit.Value(xml, "//ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode"), snapshot.Document.Currency.Value);
        Assert.Equal(CiiTestKit.Values(xml, "//ram:IncludedSupplyChainTradeLineItem").Count, snapshot.Lines.Count);
        Assert.Equal(Stated(xml, "LineTotalAmount"), totals.LineNetTotal.Amount);
        Assert.Equal(Stated(xml, "TaxBasisTotalAmount"), totals.TaxExclusiveAmount.Amount);
        Assert.Equal(Stated(xml, "GrandTotalAmount"), totals.TaxInclusiveAmount.Amount);
        Assert.Equal(Stated(xml, "DuePayableAmount"), totals.AmountDue.Amount);
        var currency = snapshot.Document.Currency.Value;
        // BT-110 may be absent when no VAT applies (category O): it is then zero.
        var statedTax = CiiTestKit.Values(xml, $"{Summation}/ram:TaxTotalAmount[@currencyID='{currency}']");
        Assert.Equal(statedTax.Count == 0 ? 0m : CiiTestKit.Number(statedTax[0]), totals.TaxTotal.Amount);
        Assert.Equal(CiiTestKit.Values(xml, "//ram:IncludedSupplyChainTradeLineItem//ram:LineTotalAmount").Select(CiiTestKit.Number),
            snapshot.Lines.Select(static l => l.NetAmount.Amount));
        Assert.Equal(CiiTestKit.Values(xml, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:BasisAmount").Select(CiiTestKit.Number),
            snapshot.TaxBreakdown.Select(static b => b.TaxableAmount.Amount));
        Assert.Equal(CiiTestKit.Value(xml, "//ram:SellerTradeParty/ram:Name"), snapshot.Document.Seller.Name);
    }

    [Theory]
    [InlineData("facturx/factur-x-minimum.xml")]
    [InlineData("facturx/factur-x-basicwl.xml")]
    public void Minimum_and_basic_wl_are_refused(string sample)
    {
        var xml = File.ReadAllBytes(Path.Combine(CiiTestKit.Standards, "samples", sample));
        Assert.True(CiiTestKit.Format.CanRead(xml));

        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml, sample));

        Assert.False(import.Succeeded);
        var problem = Assert.Single(import.Problems);
        Assert.Equal("einvoice.not-an-invoice", problem.Code);
        Assert.Contains("MINIMUM/BASIC WL", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ubl_sample_is_not_claimed()
    {
        var xml = File.ReadAllBytes(Path.Combine(CiiTestKit.Standards, "samples", "en16931-ubl", "ubl-tc434-example1.xml"));
        Assert.False(CiiTestKit.Format.CanRead(xml));
    }

    private static decimal Stated(byte[] xml, string element) => CiiTestKit.Number(CiiTestKit.Value(xml, Summation + "/ram:" + element));
}
