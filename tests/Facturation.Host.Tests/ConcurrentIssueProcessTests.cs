using System.Globalization;

namespace Facturation.Host.Tests;

/// <summary>
/// Many real <c>facturation</c> processes on one database: issued at the same moment, or killed with SIGKILL at random
/// points while issuing. The series must stay unique and gapless and the integrity journal must verify.
/// </summary>
public sealed class ConcurrentIssueProcessTests : IDisposable
{
    private readonly CliSession _session = new();

    [Fact]
    public async Task SixteenProcessesIssuingAtOnce_AllSucceedWithUniqueGaplessNumbers()
    {
        var drafts = await DraftBatch.ImportAsync(_session, 16);

        // Started together: each waits its turn for SQLite's write lock (busy timeout), none sees "database is locked".
        var results = await Task.WhenAll(drafts.Select(id => _session.RunAsync("invoice", "issue", id)));

        Assert.All(results, r => Assert.True(r.ExitCode == 0 && r.StdErr.Length == 0, $"exit {r.ExitCode}: {r.StdErr}"));
        Assert.Equal(Enumerable.Range(1, 16), results.Select(r => Counter(r.StdOut.Trim())).Order());
        await AssertJournalIntactAsync(16);
    }

    [Fact]
    public async Task ProcessesKilledAtRandomPointsWhileIssuing_LeaveAJournalThatVerifiesWithNoGap()
    {
        const int count = 24;
        var drafts = await DraftBatch.ImportAsync(_session, count);
        var seed = Environment.TickCount;
        var random = new Random(seed);

        // Six processes at a time, each SIGKILLed after 0 to 3 s: before, during or after its issuing transaction.
        var killed = 0;
        foreach (var wave in drafts.Chunk(6))
        {
            var processes = wave.Select(id => FacturationProcess.Start(DataEnvironment(), "invoice", "issue", id)).ToList();
            await Task.WhenAll(processes.Select(async process =>
            {
                await Task.Delay(random.Next(0, 3000));
                if (!process.HasExited)
                {
                    process.Kill();
                    Interlocked.Increment(ref killed);
                }
                await process.WaitForExitAsync();
                process.Dispose();
            }));
        }

        // Whatever was left a draft is issued now: a killed issue must not have consumed a number.
        var left = await _session.JsonAsync("invoice", "list", "--company", "acme", "--status", "draft", "--limit", "1000");
        foreach (var draft in left.EnumerateArray())
            await _session.OkAsync("invoice", "issue", draft.GetProperty("id").GetString()!);

        Assert.True(killed > 0, $"no process was killed (seed {seed})");
        await AssertJournalIntactAsync(count, $"seed {seed}, {killed} process(es) killed");
    }

    public void Dispose() => _session.Dispose();

    private Dictionary<string, string> DataEnvironment() => new() { ["FACTURATION_DATA"] = _session.DataFolder };

    private async Task AssertJournalIntactAsync(int count, string context = "")
    {
        var verify = await _session.JsonAsync("journal", "verify", "--company", "acme");
        Assert.True(verify.GetProperty("intact").GetBoolean(), $"{context}: {verify}");
        Assert.Equal(count, verify.GetProperty("entriesChecked").GetInt64());
        var issued = await _session.JsonAsync("invoice", "list", "--company", "acme", "--status", "issued", "--limit", "1000");
        var counters = issued.EnumerateArray().Select(d => Counter(d.GetProperty("number").GetString()!)).Order().ToList();
        Assert.True(Enumerable.Range(1, count).SequenceEqual(counters), $"{context}: numbers {string.Join(", ", counters)}");
    }

    // INV-2026-00007 → 7: the series counter is the number's last digits.
    private static int Counter(string number) =>
        int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
