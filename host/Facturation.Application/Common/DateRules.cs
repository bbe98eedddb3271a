using System.Globalization;

namespace Facturation.Application.Common;

/// <summary>
/// The dates a person may enter (delivery, due, exchange rate, fiscal year dates): 1900-01-01 to 2099-12-31. Wider
/// dates are typing mistakes, and 0001-01-01 or 9999-12-31 break date arithmetic (a due date 30 days later, a time
/// zone offset) far from where they were typed.
/// </summary>
public static class DateRules
{
    /// <summary>Earliest date accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Latest date accepted.</summary>
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>Whether <paramref name="date"/> is within <see cref="Earliest"/> and <see cref="Latest"/>.</summary>
    /// <param name="date">Date.</param>
    /// <returns>True when accepted.</returns>
    public static bool IsInRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>The message of a date out of range (without the field name).</summary>
    /// <param name="date">Date.</param>
    /// <returns>The message.</returns>
    public static string OutOfRange(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is outside the dates accepted, {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}");

    /// <summary>Adds a problem (<c>date.range</c>) when a given date is out of range.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="date">Date, or <see langword="null"/> when not given.</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator Date(this Validator validator, DateOnly? date, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return date is { } d && !IsInRange(d) ? validator.When(true, field, "date.range", $"{field} {OutOfRange(d)}.") : validator;
    }
}
