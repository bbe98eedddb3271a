using System.Text.RegularExpressions;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// Code de commerce R526-26: a sole trader's name on invoices is preceded or followed by the words
/// "entrepreneur individuel" or the initials "EI".
/// </summary>
internal static partial class SoleTraderName
{
    /// <summary>Whether the name carries "EI" or "entrepreneur individuel" as a word, in any case.</summary>
    /// <param name="name">The seller's name.</param>
    /// <returns><see langword="true"/> when the mention is there.</returns>
    public static bool HasMention(string? name) => name is not null && Mention().IsMatch(name);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:EI|Entrepreneur\s+individuel)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
