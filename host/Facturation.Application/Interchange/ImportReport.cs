namespace Facturation.Application.Interchange;

/// <summary>The outcome of an import: counts per kind, or every error; and what issuing did when asked.</summary>
public sealed record ImportReport
{
    /// <summary>How it ended.</summary>
    public required ImportStatus Status { get; init; }

    /// <summary>Created and skipped records per kind, in the order companies, customers, items, documents.</summary>
    public IReadOnlyList<ImportKindCount> Counts { get; init; } = [];

    /// <summary>Every error when refused; the refused issue's problems when issuing stopped.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>Drafts issued, in order.</summary>
    public IReadOnlyList<ImportedIssue> Issued { get; init; } = [];

    /// <summary>Source ids of imported drafts left as drafts because issuing stopped.</summary>
    public IReadOnlyList<string> NotIssued { get; init; } = [];

    /// <summary>Records of the read-only <c>issued</c> section, which import ignores.</summary>
    public int IgnoredIssued { get; init; }

    /// <summary>Whether anything was written.</summary>
    public bool Committed => Status != ImportStatus.Refused;
}
