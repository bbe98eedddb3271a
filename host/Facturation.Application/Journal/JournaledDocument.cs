using Facturation.Domain.Lifecycle;

namespace Facturation.Application.Journal;

/// <summary>The columns of a document that verification compares with its journal entry and snapshot.</summary>
internal sealed record JournaledDocument(
    Guid Id,
    Guid CompanyId,
    string? Number,
    DocumentStatus Status,
    string? SeriesKey,
    long? SeriesCounter,
    string? SnapshotJson,
    string? SnapshotHash,
    long TaxExclusiveMinor,
    long TaxTotalMinor,
    long TaxInclusiveMinor);
