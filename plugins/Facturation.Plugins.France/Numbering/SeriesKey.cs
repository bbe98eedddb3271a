using System.Security.Cryptography;
using System.Text;

namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// The counter a pattern is numbered with. Document types with identical patterns share one counter (deposits in the
/// invoice series, for instance), so the key is the pattern itself, hashed when it would exceed the host's limit.
/// </summary>
internal static class SeriesKey
{
    /// <summary>Longest key the host stores.</summary>
    public const int MaxLength = 100;

    /// <summary>The key of a pattern's series: <c>p:</c> and the pattern, or <c>h:</c> and its SHA-256 when too long.</summary>
    /// <param name="pattern">The pattern as typed.</param>
    /// <returns>A deterministic key of at most <see cref="MaxLength"/> characters.</returns>
    public static string Of(string pattern)
    {
        var key = "p:" + pattern;
        return key.Length <= MaxLength ? key : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pattern)));
    }
}
