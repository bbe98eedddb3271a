namespace Facturation.Application.Interchange;

/// <summary>Limits that keep reading an untrusted interchange file safe (documented in docs/import-format.md).</summary>
public static class InterchangeLimits
{
    /// <summary>Largest file read: 100 MB. A bigger migration is split into several files.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted (importable records need 5 levels, an exported issued snapshot about 8).</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>The format's name, written in the <c>format</c> field.</summary>
    public const string FormatName = "facturation.interchange";

    /// <summary>The format's version, written in the <c>version</c> field; other versions are refused.</summary>
    public const int FormatVersion = 1;
}
