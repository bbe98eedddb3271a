using System.Text;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>Received files are read defensively; documents that are not invoices are never written.</summary>
public sealed class CiiSafetyTests
{
    [Fact]
    public void A_file_with_a_doctype_and_entity_is_refused()
    {
        var text = Encoding.UTF8.GetString(CiiTestKit.Export(EInvoiceSnapshots.DomesticStandard));
        var withEntity = text.Replace("<rsm:CrossIndustryInvoice", "<!DOCTYPE r [<!ENTITY big \"boom\">]>\n<rsm:CrossIndustryInvoice", StringComparison.Ordinal)
            .Replace("<ram:ID>F-2026-0101</ram:ID>", "<ram:ID>&big;</ram:ID>", StringComparison.Ordinal);
        Assert.Contains("&big;", withEntity, StringComparison.Ordinal);

        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(Encoding.UTF8.GetBytes(withEntity)));

        Assert.False(import.Succeeded);
        Assert.Equal("einvoice.not-xml", Assert.Single(import.Problems).Code);
    }

    [Fact]
    public void An_over_size_file_is_refused_before_parsing()
    {
        // Not even XML: only the size check can refuse it with this code.
        var content = new byte[2048];
        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(content) { MaxBytes = 1024 });

        Assert.False(import.Succeeded);
        Assert.Equal("einvoice.too-large", Assert.Single(import.Problems).Code);
    }

    [Fact]
    public void A_quote_is_not_exported()
    {
        var quote = EInvoiceSnapshots.DomesticStandard;
        quote = quote with { Document = quote.Document with { Type = DocumentType.Quote } };

        var export = CiiTestKit.Format.Export(new EInvoiceExportRequest(quote));

        Assert.False(export.Succeeded);
        Assert.Contains(export.Problems, p => p.Code == "einvoice.not-an-invoice");
    }

    [Fact]
    public void An_unknown_profile_is_refused()
    {
        var export = CiiTestKit.Format.Export(new EInvoiceExportRequest(EInvoiceSnapshots.DomesticStandard) { Profile = "urn:example:unknown" });
        Assert.False(export.Succeeded);
        Assert.Equal("einvoice.unsupported-profile", Assert.Single(export.Problems).Code);
    }

    [Fact]
    public void A_broken_rule_refuses_the_export_with_the_rule_id()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        snapshot = snapshot with { Totals = snapshot.Totals with { AmountDue = snapshot.Totals.AmountDue with { Amount = 1m } } };

        var export = CiiTestKit.Format.Export(new EInvoiceExportRequest(snapshot));

        Assert.False(export.Succeeded);
        Assert.Contains(export.Problems, p => p.Code.StartsWith("BR-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<ram:RateApplicablePercent>20</ram:RateApplicablePercent>", "<ram:RateApplicablePercent>twenty</ram:RateApplicablePercent>", "einvoice.bad-number", "RateApplicablePercent")]
    [InlineData("<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>X9</ram:CategoryCode>", "einvoice.unknown-vat-category", "CategoryCode")]
    [InlineData("<udt:DateTimeString format=\"102\">20261102</udt:DateTimeString>", "<udt:DateTimeString format=\"102\">2026-11-02</udt:DateTimeString>", "einvoice.bad-date", "IssueDateTime")]
    [InlineData("<ram:DuePayableAmount>", "<ram:DuePayableAmount>x", "einvoice.bad-number", "DuePayableAmount")]
    public void Unreadable_values_are_problems_naming_the_element(string from, string to, string code, string element)
    {
        var text = Encoding.UTF8.GetString(CiiTestKit.Export(EInvoiceSnapshots.DomesticStandard));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var broken = Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));

        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(broken));

        Assert.False(import.Succeeded);
        Assert.Contains(import.Problems, p => p.Code == code && p.Field is not null && p.Field.Contains(element, StringComparison.Ordinal));
    }

    [Fact]
    public void Can_read_tolerates_a_truncated_head_and_rejects_other_roots()
    {
        var xml = CiiTestKit.Export(EInvoiceSnapshots.DomesticStandard);
        Assert.True(CiiTestKit.Format.CanRead(xml.AsSpan(0, 400)));
        Assert.False(CiiTestKit.Format.CanRead(xml.AsSpan(0, 20)));
        Assert.False(CiiTestKit.Format.CanRead("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"u8));
        Assert.False(CiiTestKit.Format.CanRead("%PDF-1.7"u8));
    }
}
