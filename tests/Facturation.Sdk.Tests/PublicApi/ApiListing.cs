namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>
/// Reads a PublicApiGenerator listing (namespace blocks holding type blocks, one member per line, braces on their own
/// lines) into declarations, so that a member is known with its type even where the two are many lines apart.
/// </summary>
internal static class ApiListing
{
    private const string NamespaceKeyword = "namespace ";

    private const string ConstraintKeyword = "where ";

    private static readonly string[] TypeKeywords = ["class", "interface", "struct", "enum", "record"];

    /// <summary>The declarations of a listing, in listing order.</summary>
    /// <param name="listing">The text written by PublicApiGenerator.</param>
    /// <returns>One declaration per type and per member.</returns>
    public static IReadOnlyList<ApiDeclaration> Read(string listing)
    {
        var declarations = new List<ApiDeclaration>();
        var scopes = new Stack<string>();
        var opened = string.Empty;
        var attributes = new List<string>();
        foreach (var line in listing.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line == "{")
                scopes.Push(opened);
            else if (line == "}")
                scopes.TryPop(out _);
            else if (line.StartsWith(NamespaceKeyword, StringComparison.Ordinal))
                opened = line[NamespaceKeyword.Length..];
            else if (line.StartsWith('['))
                attributes.Add(line);
            else if (line.StartsWith(ConstraintKeyword, StringComparison.Ordinal) && declarations.Count > 0)
                declarations[^1] = declarations[^1] with { Text = $"{declarations[^1].Text} {line}" };
            else
            {
                var owner = scopes.TryPeek(out var scope) ? scope : string.Empty;
                declarations.Add(new ApiDeclaration(owner, string.Join(' ', [.. attributes, line])));
                attributes.Clear();
                // Only used if a brace follows, that is if the line declares a type.
                opened = $"{owner}.{TypeName(line)}";
            }
        }
        return declarations;
    }

    // "public sealed record Failed : Facturation.Sdk.Payments.PaymentOutcome" -> "Failed"; generic parameters are kept.
    private static string TypeName(string declaration)
    {
        var words = declaration.Split(" : ")[0].Split(' ');
        var keyword = Array.FindLastIndex(words, word => TypeKeywords.Contains(word, StringComparer.Ordinal));
        return string.Join(' ', words[(keyword + 1)..]);
    }
}
