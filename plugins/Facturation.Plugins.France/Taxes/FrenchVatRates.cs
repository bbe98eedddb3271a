using Facturation.Sdk.Documents;

namespace Facturation.Plugins.France.Taxes;

/// <summary>
/// Mainland France rates by tax class and date (Corsica and the DOM have their own rates and are out of scope).
/// The table starts on 2000-04-01, when the standard rate became 19.6 %: older dates are refused rather than
/// guessed. Rates change with the budget laws: re-check every January.
/// </summary>
internal static class FrenchVatRates
{
    private static readonly DateOnly TableStart = new(2000, 4, 1);

    /// <summary>Every rate with its period, at most one per class on any date.</summary>
    public static IReadOnlyList<FrenchVatRate> Mainland { get; } =
    [
        // CGI art. 278: normal rate, 20 % since the loi de finances rectificative pour 2012.
        new(TaxClass.Standard, 19.6m, TableStart, new DateOnly(2013, 12, 31)),
        new(TaxClass.Standard, 20m, new DateOnly(2014, 1, 1)),
        // CGI art. 279: intermediate rate, created on 2012-01-01 (before, these supplies were at 5.5 %).
        new(TaxClass.Intermediate, 7m, new DateOnly(2012, 1, 1), new DateOnly(2013, 12, 31)),
        new(TaxClass.Intermediate, 10m, new DateOnly(2014, 1, 1)),
        // CGI art. 278-0 bis ff.: reduced rate.
        new(TaxClass.Reduced, 5.5m, TableStart),
        // CGI art. 281 quater to 281 nonies: particular rate (reimbursed medicines, press, ...).
        new(TaxClass.SuperReduced, 2.1m, TableStart),
    ];

    /// <summary>The rate of <paramref name="taxClass"/> on <paramref name="date"/>, or <see langword="null"/> when none applies.</summary>
    public static decimal? RateOn(TaxClass taxClass, DateOnly date) =>
        Mainland.FirstOrDefault(r => r.TaxClass == taxClass && r.AppliesOn(date))?.RatePercent;
}
