using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>EN 16931 calculation rules BR-CO-10 … BR-CO-18 with the published tolerances.</summary>
public sealed class CalculationRuleTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "sum of line nets off by a cent", "BR-CO-10" },
        { "allowance total off", "BR-CO-11" },
        { "charge total off", "BR-CO-12" },
        { "total without VAT off", "BR-CO-13" },
        { "total VAT not the sum of the breakdown", "BR-CO-14" },
        { "total with VAT off", "BR-CO-15" },
        { "amount due ignores the paid amount", "BR-CO-16" },
        { "rounding amount carried into the amount due", "" },
        { "no VAT breakdown", "BR-CO-14 BR-CO-18 BR-S-01" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_total_that_does_not_add_up_breaks_its_rule(string breakage, string expected) =>
        RuleSnapshots.AssertBroken(Broken(breakage), expected);

    [Theory]
    [InlineData(0.01, "")]
    [InlineData(0.99, "")]
    [InlineData(-0.99, "")]
    [InlineData(1.00, "BR-S-09")]
    [InlineData(1.01, "BR-CO-17 BR-S-09")]
    [InlineData(-2.50, "BR-CO-17 BR-S-09")]
    public void A_VAT_amount_is_checked_with_the_published_tolerance_of_one_unit(decimal shift, string expected)
    {
        // BR-CO-17 accepts |BT-117| within one unit of round(BT-116 × BT-119 / 100, 2), bounds included;
        // BR-S-09 accepts the same, bounds excluded.
        var snapshot = EInvoiceSnapshots.DomesticStandard.WithVatShift(0, shift);

        RuleSnapshots.AssertBroken(snapshot, expected);
    }

    [Fact]
    public void A_zero_rate_needs_a_VAT_amount_that_rounds_to_zero()
    {
        var exempt = EInvoiceSnapshots.Franchise;

        RuleSnapshots.AssertBroken(exempt.WithVatShift(0, 0.49m), "BR-E-09");
        RuleSnapshots.AssertBroken(exempt.WithVatShift(0, 0.50m), "BR-CO-17 BR-E-09");
    }

    private static DocumentSnapshot Broken(string breakage)
    {
        var domestic = EInvoiceSnapshots.DomesticStandard;
        var mixed = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        return breakage switch
        {
            "sum of line nets off by a cent" => domestic.WithTotals(static t => t with
            {
                LineNetTotal = t.LineNetTotal.Plus(0.01m),
            }).WithTotals(static t => t with
            {
                TaxExclusiveAmount = t.TaxExclusiveAmount.Plus(0.01m),
                TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(0.01m),
                AmountDue = t.AmountDue.Plus(0.01m),
            }),
            "allowance total off" => mixed.WithTotals(static t => t with { AllowanceTotal = t.AllowanceTotal.Plus(1m) })
                .WithTotals(static t => t with
                {
                    TaxExclusiveAmount = t.TaxExclusiveAmount.Plus(-1m),
                    TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(-1m),
                    AmountDue = t.AmountDue.Plus(-1m),
                }),
            "charge total off" => mixed.WithTotals(static t => t with
            {
                ChargeTotal = t.ChargeTotal.Plus(2m),
                TaxExclusiveAmount = t.TaxExclusiveAmount.Plus(2m),
                TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(2m),
                AmountDue = t.AmountDue.Plus(2m),
            }),
            "total without VAT off" => domestic.WithTotals(static t => t with
            {
                TaxExclusiveAmount = t.TaxExclusiveAmount.Plus(10m),
                TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(10m),
                AmountDue = t.AmountDue.Plus(10m),
            }),
            "total VAT not the sum of the breakdown" => mixed.WithTotals(static t => t with
            {
                TaxTotal = t.TaxTotal.Plus(0.02m),
                TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(0.02m),
                AmountDue = t.AmountDue.Plus(0.02m),
            }),
            "total with VAT off" => domestic.WithTotals(static t => t with
            {
                TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(-0.01m),
                AmountDue = t.AmountDue.Plus(-0.01m),
            }),
            "amount due ignores the paid amount" => domestic.WithTotals(static t => t with { PrepaidAmount = t.PrepaidAmount.Plus(100m) }),
            "rounding amount carried into the amount due" => domestic.WithTotals(static t => t with
            {
                RoundingAmount = t.AmountDue with { Amount = 0.03m },
                AmountDue = t.AmountDue.Plus(0.03m),
            }),
            "no VAT breakdown" => domestic with { TaxBreakdown = [] },
            _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown case."),
        };
    }
}
