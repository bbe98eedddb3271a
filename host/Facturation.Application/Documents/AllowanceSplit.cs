using Facturation.Domain.Documents;
using Facturation.Domain.Money;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Documents;

/// <summary>
/// Turns an allowance or charge input into document allowances: an amount stays one; a percentage on a mixed-rate
/// document becomes one per rate class, each on that class's line nets, because every EN 16931 allowance carries
/// exactly one VAT category and rate (BR-32 / BR-37).
/// </summary>
internal static class AllowanceSplit
{
    public static IEnumerable<DraftAllowanceCharge> Split(Document document, AllowanceChargeInput input)
    {
        var position = document.AllowancesCharges.Count;
        if (input.Amount is { } amount)
        {
            yield return new DraftAllowanceCharge
            {
                Position = ++position, IsCharge = input.IsCharge, Amount = amount, Reason = input.Reason,
                TaxClass = input.TaxClass ?? TaxClass.Standard.Value,
            };
            yield break;
        }
        var percentage = input.Percentage!.Value;
        foreach (var group in document.Lines.GroupBy(l => l.TaxClass).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var baseAmount = group.Sum(l => Domain.Totals.DocumentPricing.LineNet(l.ToSdk()));
            var share = RoundingPolicy.Amount(baseAmount * percentage / 100m);
            if (share == 0m)
                continue;
            yield return new DraftAllowanceCharge
            {
                Position = ++position, IsCharge = input.IsCharge, Amount = share, Reason = input.Reason, TaxClass = group.Key,
                Percentage = percentage, BaseAmount = baseAmount,
            };
        }
    }
}
