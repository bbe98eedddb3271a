using System.Globalization;
using System.Text.RegularExpressions;

namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>Dates as PDF writes them (ISO 32000-1 §7.9.4, <c>D:YYYYMMDDHHmmSS+HH'mm'</c>) and as XMP writes them
/// (ISO 8601), from the same instant so that the two never disagree.</summary>
internal static partial class PdfDates
{
    /// <summary>The PDF form of <paramref name="instant"/>, to the second, with its offset.</summary>
    public static string ToPdf(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{instant:yyyyMMddHHmmss}{sign}{abs.Hours:D2}'{abs.Minutes:D2}'");
    }

    /// <summary>The XMP form of <paramref name="instant"/>, to the second, with its offset.</summary>
    public static string ToXmp(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Reads a PDF date; fields left out take their defaults (§7.9.4), no offset means UTC.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (text is null)
            return null;
        var match = DatePattern().Match(text);
        if (!match.Success)
            return null;
        int Field(int group, int fallback) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        try
        {
            var offset = TimeSpan.Zero;
            if (match.Groups[7].Success && match.Groups[7].Value != "Z")
            {
                offset = new TimeSpan(Field(8, 0), Field(9, 0), 0);
                if (match.Groups[7].Value == "-")
                    offset = -offset;
            }
            return new DateTimeOffset(Field(1, 1), Field(2, 1), Field(3, 1), Field(4, 0), Field(5, 0), Field(6, 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Z+\-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?")]
    private static partial Regex DatePattern();
}
