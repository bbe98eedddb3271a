using System.Globalization;
using Facturation.Domain.Money;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Documents;

/// <summary>
/// Splits a deposit over the VAT rates of a quote, pro rata of their bases: each rate's base × share, rounded; the
/// cent left over against the rounded total goes to the largest base, so the deposit's bases add up exactly to
/// round2(quote base × share). A deposit given as an amount with VAT is split the same way, then its largest base
/// moves by cents until the bases plus the VAT of each rate (rounded per rate, EN 16931 BR-CO-17) make the amount.
/// </summary>
public static class DepositSplit
{
    // Per-rate rounding moves a deposit's total by a few cents at most; more steps than this means no exact amount.
    private const int MaxCentSteps = 100;

    /// <summary>One rate's share of the deposit.</summary>
    /// <param name="Row">The quote's breakdown row.</param>
    /// <param name="Base">The deposit's base at that rate.</param>
    public sealed record Share(TaxSubtotal Row, decimal Base)
    {
        /// <summary>The VAT of this base at the row's rate, rounded (BR-CO-17).</summary>
        public decimal Tax => RoundingPolicy.Amount(Base * Row.RatePercent / 100m);
    }

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

    /// <summary>Splits a deposit of <paramref name="amount"/> with VAT over the breakdown.</summary>
    /// <param name="breakdown">The quote's VAT breakdown.</param>
    /// <param name="amount">The deposit with VAT, above 0 and at most the quote's total with VAT.</param>
    /// <returns>The shares whose bases plus VAT make exactly <paramref name="amount"/>, or the problem when per-rate
    /// rounding makes that amount unreachable (naming the nearest amounts that are).</returns>
    public static (IReadOnlyList<Share>? Shares, Problem? Problem) SplitAmount(IReadOnlyList<TaxSubtotal> breakdown, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var inclusive = breakdown.Sum(r => r.TaxableAmount.Amount + r.TaxAmount.Amount);
        var shares = Split(breakdown, amount / inclusive * 100m).ToList();
        if (shares.Count == 0)
            return (null, Unreachable(amount, 0m, null));
        var largest = shares.IndexOf(shares.MaxBy(s => s.Base)!);
        var reached = Total(shares);
        var direction = Math.Sign(amount - reached);
        for (var step = 0; step < MaxCentSteps && reached != amount; step++)
        {
            var moved = shares[largest] with { Base = shares[largest].Base + direction * 0.01m };
            var next = Total([.. shares.Where((_, i) => i != largest), moved]);
            if (Math.Sign(amount - next) == -direction)
                return (null, Unreachable(amount, reached, next));
            shares[largest] = moved;
            reached = next;
        }
        return reached == amount ? (shares, null) : (null, Unreachable(amount, reached, null));
    }

    private static decimal Total(IEnumerable<Share> shares) => shares.Sum(s => s.Base + s.Tax);

    private static Problem Unreachable(decimal amount, decimal below, decimal? above) => new("deposit.amount-unreachable",
        above is { } other
            ? string.Create(CultureInfo.InvariantCulture,
                $"A deposit of exactly {amount:0.00} with VAT cannot be made: VAT is rounded per rate, so the nearest deposits are {Math.Min(below, other):0.00} and {Math.Max(below, other):0.00}.")
            : string.Create(CultureInfo.InvariantCulture, $"A deposit of exactly {amount:0.00} with VAT cannot be made from this quote's rates (nearest: {below:0.00})."),
        "Amount");
}
