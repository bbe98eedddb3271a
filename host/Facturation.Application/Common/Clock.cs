namespace Facturation.Application.Common;

/// <summary>The company's local date, from the injected <see cref="TimeProvider"/> and the company's IANA time zone.</summary>
public static class Clock
{
    /// <summary>Today in <paramref name="timeZoneId"/>.</summary>
    /// <param name="time">Clock.</param>
    /// <param name="timeZoneId">IANA time zone, e.g. Europe/Paris.</param>
    /// <returns>The local date.</returns>
    public static DateOnly Today(TimeProvider time, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(time);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>Whether a time zone id is known to this machine.</summary>
    /// <param name="timeZoneId">IANA id.</param>
    /// <returns>True when known.</returns>
    public static bool IsTimeZone(string? timeZoneId) =>
        timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);
}
