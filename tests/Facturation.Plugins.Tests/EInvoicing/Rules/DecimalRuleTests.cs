using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>EN 16931 rules BR-DEC-*: amounts are exchanged with at most two decimals.</summary>
public sealed class DecimalRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "allowance amount with three decimals", "BR-DEC-01" },
        { "allowance base amount with three decimals", "BR-DEC-02" },
        { "charge base amount with three decimals", "BR-DEC-06" },
        { "sum of line nets with three decimals", "BR-CO-10 BR-DEC-09" },
        { "paid amount with three decimals", "BR-CO-16 BR-DEC-16" },
        { "VAT in accounting currency with three decimals", "BR-DEC-15" },
        { "line net amount with three decimals", "BR-DEC-23" },
        { "line discount with three decimals", "BR-DEC-24" },
        { "line charge with three decimals", "BR-DEC-27" },
        { "breakdown taxable amount with three decimals", "BR-DEC-19 BR-S-08" },
        { "two decimals written with trailing zeros", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_amount_with_more_than_two_decimals_breaks_its_rule(string breakage, string expected) =>
        RuleSnapshots.AssertBroken(Broken(breakage), expected);

    private static DocumentSnapshot Broken(string breakage)
    {
        var domestic = EInvoiceSnapshots.DomesticStandard;
        var mixed = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        return breakage switch
        {
            // 6.75 + 0.004: the rounded sum (BR-CO-11) and the base of the allowance's rate (BR-S-08) stay the same.
            "allowance amount with three decimals" => mixed.WithAllowanceCharge(0, static a => a with { Amount = a.Amount + 0.004m }),
            "allowance base amount with three decimals" => mixed.WithAllowanceCharge(0, static a => a with { BaseAmount = 121.505m }),
            "charge base amount with three decimals" => mixed.WithAllowanceCharge(1, static a => a with { BaseAmount = 250.001m }),
            "sum of line nets with three decimals" => domestic.WithTotals(static t => t with { LineNetTotal = t.LineNetTotal.Plus(0.004m) }),
            "paid amount with three decimals" => domestic.WithTotals(static t => t with { PrepaidAmount = t.PrepaidAmount.Plus(0.001m) }),
            "VAT in accounting currency with three decimals" => EInvoiceSnapshots.ForeignCurrency.WithTotals(static t => t with
            {
                TaxTotalInAccountingCurrency = t.TaxTotalInAccountingCurrency!.Value.Plus(0.005m),
            }),
            // 1062.50 + 0.004 on line 1 while every sum rounded to cents is unchanged (BR-CO-10, BR-S-08).
            "line net amount with three decimals" => domestic.WithLine(0, static l => l with { NetAmount = l.NetAmount.Plus(0.004m) }),
            "line discount with three decimals" => mixed.WithLine(0, static l => l with { Line = l.Line with { Discount = 13.505m } }),
            "line charge with three decimals" => mixed.WithLine(0, static l => l with { Line = l.Line with { Discount = -13.505m } }),
            "breakdown taxable amount with three decimals" => domestic.WithBreakdown(0, static r => r with { TaxableAmount = r.TaxableAmount.Plus(0.001m) }),
            "two decimals written with trailing zeros" => domestic.WithLine(0, static l => l with { NetAmount = l.NetAmount with { Amount = 1062.5000m } }),
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown case."),
        };
    }
}
