using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>The EN 16931 check the host runs before numbering: the export's rules, on a document without its number.</summary>
public sealed class IssueCheckTests
{
    private static readonly En16931IssueCheck Check = new();

    [Fact]
    public void A_document_the_exports_accept_passes_before_it_has_a_number()
    {
        var unnumbered = EInvoiceSnapshots.DomesticStandard.WithDocument(static d => d with { Number = null });

        Assert.Empty(Check.Check(new EInvoiceIssueCheckRequest(unnumbered)));
        // The same rules the export applies: without the number they would have refused it (BR-02).
        Assert.Contains("BR-02", RuleSnapshots.CodesOf(unnumbered));
    }

    [Fact]
    public void A_document_the_exports_refuse_gets_the_same_rule_ids()
    {
        var broken = EInvoiceSnapshots.Franchise.WithSeller(static s => s with { VatNumber = null }).WithDocument(static d => d with { Number = null });

        var problems = Check.Check(new EInvoiceIssueCheckRequest(broken));

        Assert.Equal(["BR-E-02"], problems.Select(static p => p.Code));
        Assert.Equal("Seller.VatNumber", problems[0].Field);
    }

    [Theory]
    [InlineData(DocumentType.Quote)]
    [InlineData(DocumentType.DeliveryNote)]
    public void Documents_that_are_not_invoices_pass_unchecked(DocumentType type)
    {
        var quote = EInvoiceSnapshots.Franchise.WithSeller(static s => s with { VatNumber = null }).WithDocument(d => d with { Type = type, Number = null });

        Assert.Empty(Check.Check(new EInvoiceIssueCheckRequest(quote)));
    }

    [Fact]
    public void The_check_guarantees_the_cii_and_ubl_formats_of_the_plugin()
    {
        Assert.Equal("en16931", Check.Id);
        Assert.Equal(["cii", "ubl"], Check.FormatIds);
    }
}
