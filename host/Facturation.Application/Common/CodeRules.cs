namespace Facturation.Application.Common;

/// <summary>The shape of codes people type on the command line (company, customer and item codes).</summary>
public static class CodeRules
{
    /// <summary>1 to 40 letters, digits, '-', '_' or '.'.</summary>
    /// <param name="code">Code.</param>
    /// <returns>True when well formed.</returns>
    public static bool IsCode(string? code) =>
        code is { Length: >= 1 and <= 40 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
