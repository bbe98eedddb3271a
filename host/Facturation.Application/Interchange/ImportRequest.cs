namespace Facturation.Application.Interchange;

/// <summary>What to import and how.</summary>
public sealed record ImportRequest
{
    /// <summary>Path of the file to read.</summary>
    public required string FilePath { get; init; }

    /// <summary>The file's format; from its extension (<c>.json</c>, <c>.csv</c>) when absent.</summary>
    public ImportFormat? Format { get; init; }

    /// <summary>
    /// Company code: required for CSV (the company every row belongs to); for JSON, the company of records that
    /// name none.
    /// </summary>
    public string? CompanyCode { get; init; }

    /// <summary>Issue the imported drafts in file order, dated today, once the import is committed.</summary>
    public bool Issue { get; init; }

    /// <summary>Told the stage (reading, checking, writing, issuing) as the import goes, or <see langword="null"/>.</summary>
    public IProgress<Common.WorkProgress>? Progress { get; init; }

    /// <summary>The format to read: <see cref="Format"/>, else the one the extension names, else <see langword="null"/>.</summary>
    /// <returns>The format or <see langword="null"/> when the extension names none.</returns>
    public ImportFormat? ResolveFormat() => Format ?? Path.GetExtension(FilePath).ToUpperInvariant() switch
    {
        ".JSON" => ImportFormat.Json,
        ".CSV" => ImportFormat.Csv,
        _ => null,
    };
}
