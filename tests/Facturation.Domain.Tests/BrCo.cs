using Facturation.Domain.Money;
using Facturation.Sdk.Documents;

namespace Facturation.Domain.Tests;

/// <summary>The EN 16931 BR-CO calculation rules, checked exactly (no tolerance).</summary>
internal static class BrCo
{
    public static void AssertAll(DocumentSnapshot snapshot)
    {
        var totals = snapshot.Totals;
        Assert.Equal(snapshot.Lines.Sum(l => l.NetAmount.Amount), totals.LineNetTotal.Amount);                                             // BR-CO-10
        Assert.Equal(snapshot.AllowancesCharges.Where(a => !a.AllowanceCharge.IsCharge).Sum(a => a.AllowanceCharge.Amount), totals.AllowanceTotal.Amount); // BR-CO-11
        Assert.Equal(snapshot.AllowancesCharges.Where(a => a.AllowanceCharge.IsCharge).Sum(a => a.AllowanceCharge.Amount), totals.ChargeTotal.Amount);     // BR-CO-12
        Assert.Equal(totals.LineNetTotal.Amount - totals.AllowanceTotal.Amount + totals.ChargeTotal.Amount, totals.TaxExclusiveAmount.Amount);  // BR-CO-13
        Assert.Equal(snapshot.TaxBreakdown.Sum(b => b.TaxAmount.Amount), totals.TaxTotal.Amount);                                             // BR-CO-14
        Assert.Equal(totals.TaxExclusiveAmount.Amount + totals.TaxTotal.Amount, totals.TaxInclusiveAmount.Amount);                           // BR-CO-15
        Assert.Equal(totals.TaxInclusiveAmount.Amount - totals.PrepaidAmount.Amount, totals.AmountDue.Amount);                               // BR-CO-16
        foreach (var row in snapshot.TaxBreakdown)
            Assert.Equal(RoundingPolicy.Amount(row.TaxableAmount.Amount * row.RatePercent / 100m), row.TaxAmount.Amount);                   // BR-CO-17
        Assert.Equal(totals.TaxExclusiveAmount.Amount, snapshot.TaxBreakdown.Sum(b => b.TaxableAmount.Amount));                              // BR-CO-18 sum of bases
    }
}
