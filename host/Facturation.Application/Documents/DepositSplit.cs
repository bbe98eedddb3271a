using Facturation.Domain.Money;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Documents;

/// <summary>
/// Splits a deposit percentage of a quote pro rata over its VAT rates: each rate's base × percentage, rounded; the
/// cent left over against the rounded total goes to the largest base, so the deposit's bases add up exactly to
/// round2(quote base × percentage).
/// </summary>
public static class DepositSplit
{
    /// <summary>One rate's share of the deposit.</summary>
    /// <param name="Row">The quote's breakdown row.</param>
    /// <param name="Base">The deposit's base at that rate.</param>
    public sealed record Share(TaxSubtotal Row, decimal Base);

    /// <summary>Splits <paramref name="percentage"/> of the breakdown.</summary>
    /// <param name="breakdown">The quote's VAT breakdown.</param>
    /// <param name="percentage">Deposit percentage (0-100].</param>
    /// <returns>One share per row with a non-zero base, in breakdown order.</returns>
    public static IReadOnlyList<Share> Split(IReadOnlyList<TaxSubtotal> breakdown, decimal percentage)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var shares = breakdown.Select(row => new Share(row, RoundingPolicy.Amount(row.TaxableAmount.Amount * percentage / 100m))).ToList();
        var target = RoundingPolicy.Amount(breakdown.Sum(r => r.TaxableAmount.Amount) * percentage / 100m);
        var leftover = target - shares.Sum(s => s.Base);
        if (leftover != 0m && shares.Count > 0)
        {
            var largest = shares.MaxBy(s => s.Row.TaxableAmount.Amount)!;
            shares[shares.IndexOf(largest)] = largest with { Base = largest.Base + leftover };
        }
        return shares.Where(s => s.Base != 0m).ToList();
    }
}
