using Facturation.Domain.Documents;
using Facturation.Persistence;
using Facturation.Persistence.Journal;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Issuing;

/// <summary>Appends an issued document to its company's hash chain, in the issuing transaction.</summary>
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

    internal static async Task<JournalEntry> AppendAsync(FacturationDbContext db, Document document, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var last = await db.JournalEntries.Where(e => e.CompanyId == document.CompanyId)
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<JournalEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.CompanyId == document.CompanyId)
            .Select(e => e.Entity).OrderByDescending(e => e.Sequence).FirstOrDefault();
        var previous = pending ?? last;
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
        db.JournalEntries.Add(entry);
        return entry;
    }
}
