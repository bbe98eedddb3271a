namespace Facturation.Plugins.EInvoicing.Rules.CodeLists;

/// <summary>
/// A closed list of codes as the CEN/TC 434 validation artefacts test it: the value, with surrounding white space
/// removed, must be one of the listed codes (exact, case-sensitive match unless the list says otherwise).
/// </summary>
internal sealed class CodeList
{
    private readonly HashSet<string> _codes;

    /// <summary>A list from its codes separated by spaces, as published in the Schematron assertions.</summary>
    public CodeList(string spaceSeparatedCodes, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(spaceSeparatedCodes);
        _codes = new HashSet<string>(
            spaceSeparatedCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    /// <summary>How many codes the list holds.</summary>
    public int Count => _codes.Count;

    /// <summary>Whether <paramref name="code"/> (trimmed) is in the list; a value with inner spaces never is.</summary>
    public bool Contains(string? code)
    {
        if (code is null)
            return false;
        var trimmed = code.Trim();
        return trimmed.Length > 0 && !trimmed.Contains(' ', StringComparison.Ordinal) && _codes.Contains(trimmed);
    }
}
