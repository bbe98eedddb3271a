using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

public sealed class FixtureRulesTests
{
    [Theory]
    [MemberData(nameof(EInvoiceSnapshots.All), MemberType = typeof(EInvoiceSnapshots))]
    public void Every_fixture_breaks_no_rule(string name, DocumentSnapshot snapshot)
    {
        Assert.NotEmpty(name);
        Assert.Empty(En16931Rules.Check(snapshot, SpecificationIds.En16931));
        Assert.Empty(En16931Rules.Check(snapshot, SpecificationIds.FacturXBasic));
    }

    [Theory]
    [InlineData(DocumentType.Quote)]
    [InlineData(DocumentType.DeliveryNote)]
    public void Quotes_and_delivery_notes_are_not_invoices(DocumentType type)
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard.WithDocument(d => d with { Type = type });

        var problem = Assert.Single(En16931Rules.Check(snapshot, SpecificationIds.En16931));

        Assert.Equal(En16931Rules.NotAnInvoice, problem.Code);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard
            .WithDocument(d => d with { Number = null, PaymentTerms = null })
            .WithSeller(s => s with { Name = " " })
            .WithLine(1, l => l with { Line = l.Line with { Description = "" } })
            .WithBreakdown(0, r => r with { ExemptionReason = "Exonéré" });

        RuleSnapshots.AssertBroken(snapshot, "BR-02 BR-06 BR-25 BR-CO-25 BR-S-10");
    }

    [Fact]
    public void A_problem_names_the_rule_the_field_and_the_value_found()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard.WithBuyer(b => b with { VatNumber = "ZZ123" });

        var problem = Assert.Single(En16931Rules.Check(snapshot, SpecificationIds.En16931));

        Assert.Equal("BR-CO-09", problem.Code);
        Assert.Equal("Buyer.VatNumber", problem.Field);
        Assert.StartsWith("[BR-CO-09]", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ZZ123", problem.Message, StringComparison.Ordinal);
    }
}
