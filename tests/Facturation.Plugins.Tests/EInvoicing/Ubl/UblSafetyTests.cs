using System.Text;
using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

public sealed class UblSafetyTests
{
    private readonly UblFormat _format = new();

    [Fact]
    public void A_DOCTYPE_is_refused_and_no_entity_is_expanded()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Invoice [<!ENTITY boom "boom">]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                     xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>&boom;</cbc:ID></Invoice>
            """;

        var read = _format.Read(new EInvoiceReadRequest(Encoding.UTF8.GetBytes(xml)));

        Assert.False(read.Succeeded);
        Assert.Contains(read.Problems, p => p.Code == "einvoice.not-xml");
    }

    [Fact]
    public void Content_over_the_size_limit_is_refused_before_parsing()
    {
        var xml = UblExports.Exported(EInvoiceSnapshots.DomesticStandard);

        var read = _format.Read(new EInvoiceReadRequest(xml) { MaxBytes = xml.Length - 1 });

        Assert.False(read.Succeeded);
        Assert.Contains(read.Problems, p => p.Code == "einvoice.too-large");
    }

    [Fact]
    public void CanRead_recognises_invoices_and_credit_notes_from_a_cut_head()
    {
        var invoice = UblExports.Exported(EInvoiceSnapshots.DomesticStandard);
        var creditNote = UblExports.Exported(EInvoiceSnapshots.CreditNote);
        var cii = File.ReadAllBytes(UblStandards.PathOf("samples/en16931-cii/CII_example1.xml"));

        Assert.True(_format.CanRead(invoice.AsSpan(0, 600)));
        Assert.True(_format.CanRead(creditNote.AsSpan(0, 600)));
        Assert.False(_format.CanRead(cii.AsSpan(0, 600)));
        Assert.False(_format.CanRead("not xml at all"u8));
        Assert.False(_format.CanRead("<Invoice xmlns=\"urn:other\"/>"u8));
        Assert.False(_format.CanRead(invoice.AsSpan(0, 20)));
    }

    [Fact]
    public void Another_root_is_not_read()
    {
        var cii = File.ReadAllBytes(UblStandards.PathOf("samples/en16931-cii/CII_example1.xml"));

        var read = _format.Read(new EInvoiceReadRequest(cii));

        Assert.False(read.Succeeded);
        Assert.Contains(read.Problems, p => p.Code == "einvoice.not-ubl");
    }

    [Fact]
    public void A_bad_amount_is_a_problem_naming_its_element()
    {
        var xml = Edited(EInvoiceSnapshots.DomesticStandard, "<cbc:PriceAmount currencyID=\"EUR\">85</cbc:PriceAmount>",
            "<cbc:PriceAmount currencyID=\"EUR\">eighty-five</cbc:PriceAmount>");

        var read = _format.Read(new EInvoiceReadRequest(xml));

        Assert.True(read.Succeeded);
        Assert.Contains(read.Problems, p => p.Code == "einvoice.invalid-number" && p.Field == "Invoice/cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount");
    }

    [Fact]
    public void A_bad_issue_date_or_currency_leaves_no_snapshot_but_problems()
    {
        var badDate = Edited(EInvoiceSnapshots.DomesticStandard, "<cbc:IssueDate>2026-11-02</cbc:IssueDate>", "<cbc:IssueDate>2026-13-45</cbc:IssueDate>");
        var badCurrency = Edited(EInvoiceSnapshots.DomesticStandard, "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
            "<cbc:DocumentCurrencyCode>euro</cbc:DocumentCurrencyCode>");

        var date = _format.Read(new EInvoiceReadRequest(badDate));
        var currency = _format.Read(new EInvoiceReadRequest(badCurrency));

        Assert.False(date.Succeeded);
        Assert.Contains(date.Problems, p => p.Code == "einvoice.invalid-date" && p.Field == "Invoice/cbc:IssueDate");
        Assert.False(currency.Succeeded);
        Assert.Contains(currency.Problems, p => p.Code == "einvoice.invalid-code" && p.Field == "Invoice/cbc:DocumentCurrencyCode");
    }

    [Fact]
    public void Unknown_codes_are_problems_not_exceptions()
    {
        var xml = Edited(EInvoiceSnapshots.DomesticStandard, "<cbc:InvoicedQuantity unitCode=\"HUR\">", "<cbc:InvoicedQuantity unitCode=\"hours!\">");
        xml = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(xml).Replace("<cbc:IdentificationCode>FR</cbc:IdentificationCode>",
            "<cbc:IdentificationCode>France</cbc:IdentificationCode>", StringComparison.Ordinal));

        var read = _format.Read(new EInvoiceReadRequest(xml));

        Assert.False(read.Succeeded);
        Assert.Contains(read.Problems, p => p.Code == "einvoice.invalid-code" && p.Field!.EndsWith("cac:Country/cbc:IdentificationCode", StringComparison.Ordinal));
    }

    [Fact]
    public void The_plugin_registers_the_UBL_format()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        new Facturation.Plugins.EInvoicing.EInvoicingPlugin().ConfigureServices(services);

        Assert.Contains(services, d => d.ServiceType == typeof(IEInvoiceFormat) && d.ImplementationType == typeof(UblFormat));
    }

    private static byte[] Edited(Facturation.Sdk.Documents.DocumentSnapshot snapshot, string from, string to)
    {
        var text = Encoding.UTF8.GetString(UblExports.Exported(snapshot));
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }
}
