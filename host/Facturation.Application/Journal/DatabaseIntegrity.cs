using Facturation.Persistence;
using Facturation.Persistence.Opening;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Journal;

/// <summary>
/// SQLite's own check of the database file (https://www.sqlite.org/pragma.html#pragma_quick_check): the hash chain
/// proves that no issued document was altered through SQL, but a damaged page of a table or index the chain does not
/// read (or a damaged free list) is only found by walking every page. <c>quick_check</c> walks every page and checks
/// its structure; <c>integrity_check</c> also matches every index entry against its row, which took 37.2 s instead of
/// 6.7 s on a 2 GB database of 1,000,000 documents and journal entries (BENCHMARKS.md): a corrupt page is what this
/// looks for, and the chain already checks every journaled row.
/// </summary>
internal static class DatabaseIntegrity
{
    // At most this many findings are reported: one damaged page can produce thousands of lines.
    private const int MaxFindings = 20;

    /// <summary>What the check found; empty when the file is sound.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(FacturationDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var findings = new List<string>();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA quick_check({MaxFindings})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = reader.GetString(0);
                if (!string.Equals(line, "ok", StringComparison.Ordinal))
                    findings.Add(line);
            }
            return findings;
        }
        catch (Exception ex) when (DatabaseFailures.Recognise(ex, "") is { Kind: DatabaseFailureKind.Corrupt or DatabaseFailureKind.NotADatabase })
        {
            // Damage bad enough that the check itself cannot go on: that is the finding.
            findings.Add($"the check stopped: {ex.Message}");
            return findings;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
