namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Joins signature parts with single spaces, skipping the empty ones (no modifiers, no attributes).</summary>
internal static class Words
{
    /// <summary>The non-empty parts joined by spaces.</summary>
    /// <param name="parts">Parts such as attributes, modifiers, type and name.</param>
    /// <returns>E.g. <c>public static int Count</c>.</returns>
    public static string Join(params IEnumerable<string> parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
