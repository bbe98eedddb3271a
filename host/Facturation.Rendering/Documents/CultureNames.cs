namespace Facturation.Rendering.Documents;

/// <summary>French names of the countries a French seller most often invoices (others fall back to English).</summary>
internal static class CultureNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["FR"] = "France", ["BE"] = "Belgique", ["DE"] = "Allemagne", ["ES"] = "Espagne", ["IT"] = "Italie", ["LU"] = "Luxembourg",
        ["NL"] = "Pays-Bas", ["CH"] = "Suisse", ["GB"] = "Royaume-Uni", ["US"] = "États-Unis", ["PT"] = "Portugal", ["AT"] = "Autriche",
        ["IE"] = "Irlande", ["MC"] = "Monaco", ["CA"] = "Canada", ["PL"] = "Pologne", ["SE"] = "Suède", ["DK"] = "Danemark",
    };

    public static string? French(string code) => Names.GetValueOrDefault(code);
}
