using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Money;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// The checks the document service runs on an allowance or charge, plus the consistency of an exported one: an amount
/// that says which percentage and base it came from must equal round(base × percentage / 100).
/// </summary>
internal static class AllowanceRules
{
    public static Validator Check(AllowanceRecord input, bool hasLines) => new Validator()
        .Required(input.Reason, "Reason")
        .Description(input.Reason, "Reason")
        .When(input.Amount is null && input.Percentage is null, "Amount", "allowance.amount-or-percentage", "Give either Amount (with TaxClass) or Percentage.")
        .When(input.Amount is <= 0, "Amount", "amount.not-positive", "Amount must be above zero.")
        .Amount(input.Amount, "Amount")
        .Amount(input.BaseAmount, "BaseAmount")
        .When(input.Percentage is <= 0 or > 100, "Percentage", "range", "Percentage must be above 0 and at most 100.")
        .When(input.Amount is null && input.Percentage is not null && !hasLines, "Percentage", "allowance.no-lines", "A percentage needs lines to apply to.")
        .When(input.Amount is not null && !TaxClassRules.IsTaxClass(input.TaxClass ?? TaxClass.Standard.Value), "TaxClass", "taxclass.format", "TaxClass must be a lower-case token.")
        .When(input.BaseAmount is not null && (input.Amount is null || input.Percentage is null), "BaseAmount", "allowance.base-alone",
            "BaseAmount is only given with both Amount and Percentage (the base the amount was computed from).")
        .When(input is { Amount: not null, Percentage: not null, BaseAmount: null }, "BaseAmount", "allowance.base-required",
            "An amount given with its percentage needs the base it was computed from; give only Percentage to have it computed.")
        .When(input is { Amount: { } amount, Percentage: { } percent and > 0 and <= 100, BaseAmount: { } baseAmount }
              && Math.Abs(baseAmount) <= AmountRules.MaxAmount
              && RoundingPolicy.Amount(baseAmount * percent / 100m) != amount, "Amount", "allowance.inconsistent",
            $"Amount {input.Amount} is not {input.Percentage}% of {input.BaseAmount} rounded to the cent.");
}
