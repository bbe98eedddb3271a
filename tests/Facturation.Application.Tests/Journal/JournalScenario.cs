using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Journal;
using Facturation.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Journal;

/// <summary>
/// A company "acme" with issued invoices INV-2026-00001.., and the tampering an attacker with database access could do,
/// as raw SQL on the test's SQLite file (no application code path).
/// </summary>
internal sealed class JournalScenario : IAsyncDisposable
{
    private JournalScenario(TestApp app) => App = app;

    public TestApp App { get; }

    public JournalVerifier Verifier => App.Get<JournalVerifier>();

    public static async Task<JournalScenario> WithInvoicesAsync(int count)
    {
        var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        for (var i = 0; i < count; i++)
            await app.IssueAsync((await app.DraftAsync()).Id);
        return new JournalScenario(app);
    }

    public static string Number(int counter) => $"INV-2026-{counter:00000}";

    public async Task<JournalReport> VerifyAsync(ChainHeadCheck? head = null) =>
        (await Verifier.VerifyAsync("acme", head, default)).GetValueOrThrow();

    public async Task<SignedChainHead> ExportHeadAsync(JournalKey key) =>
        (await Verifier.ExportHeadAsync("acme", key, default)).GetValueOrThrow().Head!;

    public async Task CreditAsync(int invoiceCounter)
    {
        var credit = (await App.Get<CreditNoteService>().CreateAsync("acme", Number(invoiceCounter), true, default)).GetValueOrThrow();
        await App.IssueAsync(credit.Id);
    }

    public async Task SqlAsync(string sql, params object[] parameters)
    {
        await using var db = await App.DbAsync();
        await db.Database.OpenConnectionAsync();
        // Off for this connection only, the way someone bypassing the application would delete a row.
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    /// <summary>
    /// The careful attacker: edits an amount in the snapshot and its column, recomputes the snapshot hash, then every
    /// entry hash and link from there on, so each row is self-consistent again.
    /// </summary>
    public async Task RewriteChainAfterEditingAsync(int invoiceCounter, decimal newTaxInclusive)
    {
        await using var db = await App.DbAsync();
        var number = Number(invoiceCounter);
        var json = await db.Documents.Where(d => d.Number == number).Select(d => d.SnapshotJson!).SingleAsync();
        var snapshot = SnapshotJson.Deserialize(json);
        var totals = snapshot.Totals with
        {
            TaxInclusiveAmount = snapshot.Totals.TaxInclusiveAmount with { Amount = newTaxInclusive },
            AmountDue = snapshot.Totals.AmountDue with { Amount = newTaxInclusive },
        };
        var forged = SnapshotJson.Serialize(snapshot with { Totals = totals });
        var forgedHash = SnapshotJson.Hash(forged);
        await db.Database.ExecuteSqlRawAsync("UPDATE Documents SET SnapshotJson = {0}, SnapshotHash = {1}, TaxInclusiveMinor = {2} WHERE Number = {3}",
            forged, forgedHash, (long)(newTaxInclusive * 100), number);

        var previous = JournalWriter.GenesisHash;
        foreach (var entry in await db.JournalEntries.OrderBy(e => e.Sequence).ToListAsync())
        {
            if (entry.DocumentNumber == number)
                entry.SnapshotHash = forgedHash;
            entry.PreviousHash = previous;
            entry.EntryHash = JournalWriter.EntryHash(entry);
            previous = entry.EntryHash;
        }
        await db.SaveChangesAsync();
    }

    public async Task<FacturationDbContext> DbAsync() => await App.DbAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
