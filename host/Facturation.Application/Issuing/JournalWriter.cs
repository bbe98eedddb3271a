using Facturation.Domain.Documents;
using Facturation.Persistence;
using Facturation.Persistence.Journal;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>Appends issued documents to their company's hash chain, in the issuing transaction.</summary>
public static class JournalWriter
{
    /// <summary>Hash of the first entry's predecessor.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The hash of an entry: SHA-256 of its sequence, document id, number, snapshot hash and predecessor's hash.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>Lower-case hex.</returns>
    public static string EntryHash(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return SnapshotJson.Hash(string.Join('|', entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            entry.DocumentId.ToString("N"), entry.DocumentNumber, entry.SnapshotHash, entry.PreviousHash));
    }

    /// <summary>The entry that appends an issued document to its company's chain (the writer stores it).</summary>
    internal static async Task<JournalEntry> NextAsync(
        FacturationDbContext db, Document document, DateTimeOffset at, BatchPositions positions, CancellationToken cancellationToken)
    {
        var previous = positions.JournalTail(document.CompanyId)
            ?? await db.JournalEntries.AsNoTracking().Where(e => e.CompanyId == document.CompanyId)
                .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var entry = new JournalEntry
        {
            CompanyId = document.CompanyId,
            Sequence = (previous?.Sequence ?? 0) + 1,
            DocumentId = document.Id,
            DocumentNumber = document.Number!,
            SnapshotHash = document.SnapshotHash!,
            PreviousHash = previous?.EntryHash ?? GenesisHash,
            RecordedAt = at,
        };
        entry.EntryHash = EntryHash(entry);
        positions.Stage(entry);
        return entry;
    }
}
