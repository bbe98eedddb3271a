using System.Globalization;

namespace Facturation.Application.Accounting;

/// <summary>
/// A company's fiscal years: they close on the same day each year (<c>MM-dd</c>, e.g. <c>06-30</c>), so a closing
/// date names a year that starts the day after the previous closing. A first year may be shorter or longer
/// (up to 24 months in France): its start is then given explicitly.
/// </summary>
public static class FiscalYear
{
    /// <summary>Longest fiscal year accepted (a French first year may last up to 24 months).</summary>
    public const int MaxMonths = 24;

    /// <summary>Whether <paramref name="value"/> is a day of the year as <c>MM-dd</c> (02-29 excluded: it does not close every year).</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsClosingDay(string? value) =>
        value is { Length: 5 } && value != "02-29"
        && DateOnly.TryParseExact("2001-" + value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Whether <paramref name="closing"/> falls on the company's closing day.</summary>
    /// <param name="closingDay">The company's <c>MM-dd</c>.</param>
    /// <param name="closing">A closing date.</param>
    /// <returns><see langword="true"/> when they match.</returns>
    public static bool ClosesOn(string closingDay, DateOnly closing) =>
        closing.ToString("MM-dd", CultureInfo.InvariantCulture) == closingDay;

    /// <summary>The first day of the twelve-month year that closes on <paramref name="closing"/>.</summary>
    /// <param name="closing">Closing date.</param>
    /// <returns>The day after the previous closing.</returns>
    public static DateOnly StartOf(DateOnly closing) => closing.AddYears(-1).AddDays(1);
}
