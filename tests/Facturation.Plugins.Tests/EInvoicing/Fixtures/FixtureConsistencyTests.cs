using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Fixtures;

/// <summary>The fixtures obey the EN 16931 calculation rules they are meant to illustrate.</summary>
public sealed class FixtureConsistencyTests
{
    public static TheoryData<string, DocumentSnapshot> Fixtures => EInvoiceSnapshots.All;

    [Theory]
    [MemberData(nameof(Fixtures))]
    internal void Totals_follow_BR_CO_10_to_16(string name, DocumentSnapshot snapshot)
    {
        var t = snapshot.Totals;
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(snapshot.Lines.Sum(l => l.NetAmount.Amount), t.LineNetTotal.Amount);
        Assert.Equal(t.LineNetTotal.Amount - t.AllowanceTotal.Amount + t.ChargeTotal.Amount, t.TaxExclusiveAmount.Amount);
        Assert.Equal(snapshot.TaxBreakdown.Sum(b => b.TaxAmount.Amount), t.TaxTotal.Amount);
        Assert.Equal(t.TaxExclusiveAmount.Amount + t.TaxTotal.Amount, t.TaxInclusiveAmount.Amount);
        Assert.Equal(t.TaxInclusiveAmount.Amount - t.PrepaidAmount.Amount, t.AmountDue.Amount);
        Assert.Equal(t.TaxExclusiveAmount.Amount, snapshot.TaxBreakdown.Sum(b => b.TaxableAmount.Amount));
        Assert.True(t.AmountDue.Amount > 0m);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    internal void Each_vat_amount_is_its_base_times_its_rate_rounded(string name, DocumentSnapshot snapshot)
    {
        Assert.NotEmpty(snapshot.TaxBreakdown);
        foreach (var b in snapshot.TaxBreakdown)
            Assert.True(AmountRounding.Round(b.TaxableAmount.Amount * b.RatePercent / 100m) == b.TaxAmount.Amount, name);
        foreach (var line in snapshot.Lines)
            Assert.Equal(AmountRounding.Round(line.Line.Quantity * line.Line.UnitPrice - line.Line.Discount), line.NetAmount.Amount);
    }

    [Fact]
    public void Final_invoice_deducts_the_deposit_with_a_negative_price_line()
    {
        var final = EInvoiceSnapshots.FinalInvoiceAfterDeposit;
        var deposit = EInvoiceSnapshots.DepositInvoice;
        var deduction = Assert.Single(final.Lines, l => l.Line.UnitPrice < 0m);
        Assert.Equal(-deposit.Lines[0].NetAmount.Amount, deduction.NetAmount.Amount);
        var reference = Assert.Single(final.Document.PrecedingDocuments);
        Assert.Equal(DocumentType.DepositInvoice, reference.Type);
        Assert.Equal(deposit.Document.Number, reference.Number);
    }
}
