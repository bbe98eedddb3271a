using System.Collections.Frozen;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>The only helpers a template can call: the whole code surface a template author reaches.</summary>
internal static class Vocabulary
{
    /// <summary>Name of the helper that writes a value without HTML escaping.</summary>
    public const string Raw = "raw";

    /// <summary>Name of the equality helper.</summary>
    public const string Eq = "eq";

    /// <summary>Handlebars' own <c>lookup</c>.</summary>
    public const string Lookup = "lookup";

    /// <summary>The name a partial uses to render the block it was called with.</summary>
    public const string PartialBlock = "@partial-block";

    /// <summary>Helpers used inside a tag, with how many values each takes.</summary>
    public static readonly FrozenDictionary<string, int> InlineHelpers =
        new Dictionary<string, int>(StringComparer.Ordinal) { [Raw] = 1, [Eq] = 2, [Lookup] = 2 }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Helpers allowed in a sub-expression <c>( )</c>: those that return a value rather than write.</summary>
    public static readonly FrozenSet<string> ValueHelpers = new[] { Eq, Lookup }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Handlebars' block helpers, each taking one value.</summary>
    public static readonly FrozenSet<string> BlockHelpers = new[] { "if", "unless", "each", "with" }.ToFrozenSet(StringComparer.Ordinal);
}
