using System.Globalization;

namespace Facturation.Rendering.Documents;

/// <summary>
/// One language of the layouts: its labels, titles and number/date formats. French and English are built in; the
/// culture formats amounts ("1 234,56 €" / "€1,234.56") and dates ("22 décembre 2026" / "22 December 2026").
/// </summary>
public sealed partial class LayoutLanguage
{
    private LayoutLanguage(string code, CultureInfo culture, DocumentLabels labels, IReadOnlyDictionary<string, string> words)
    {
        Code = code;
        Culture = culture;
        Labels = labels;
        _words = words;
    }

    private readonly IReadOnlyDictionary<string, string> _words;

    /// <summary>The languages there are layouts for.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["fr", "en"];

    /// <summary>BCP 47 code.</summary>
    public string Code { get; }

    /// <summary>Culture for numbers and dates.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Fixed wording of the layouts.</summary>
    public DocumentLabels Labels { get; }

    /// <summary>The language for <paramref name="code"/>, or <see langword="null"/> when there are no layouts in it.</summary>
    /// <param name="code">BCP 47 code (<c>fr</c>, <c>en</c>, <c>fr-FR</c> ...).</param>
    /// <returns>The language.</returns>
    public static LayoutLanguage? Find(string? code) =>
        code?.Split('-')[0].ToUpperInvariant() switch
        {
            "FR" => French,
            "EN" => English,
            _ => null,
        };

    /// <summary>A word of the language by key (titles, date and reference labels, identifiers).</summary>
    /// <param name="key">Key, e.g. <c>title.invoice</c>.</param>
    /// <returns>The word.</returns>
    public string Word(string key) => _words.TryGetValue(key, out var word) ? word : throw new KeyNotFoundException($"No '{key}' in the {Code} layouts' words.");
}
