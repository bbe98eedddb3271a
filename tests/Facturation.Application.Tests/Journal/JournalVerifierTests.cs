using Facturation.Application.Journal;

namespace Facturation.Application.Tests.Journal;

public sealed class JournalVerifierTests
{
    [Fact]
    public async Task Verify_IntactChain_PassesAndReportsTheHead()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        await scenario.CreditAsync(2);

        var report = await scenario.VerifyAsync();

        Assert.True(report.Intact, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(4, report.EntriesChecked);
        Assert.Equal(4, report.Head.Sequence);
        Assert.Equal(64, report.Head.EntryHash.Length);
        Assert.False(report.HeadChecked);
    }

    [Fact]
    public async Task Verify_EmptyJournal_IsIntactWithTheGenesisHead()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(0);

        var report = await scenario.VerifyAsync();

        Assert.True(report.Intact);
        Assert.Equal(new JournalChainHead(0, new string('0', 64)), report.Head);
    }

    [Fact]
    public async Task Verify_UnknownCompany_IsANotFoundOutcome()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(0);

        var outcome = await scenario.Verifier.VerifyAsync("nobody", default);

        Assert.Equal("company.not-found", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task Verify_AmountEditedBySql_NamesTheInvoice()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        await scenario.SqlAsync("UPDATE Documents SET TaxInclusiveMinor = 1000 WHERE Number = {0}", JournalScenario.Number(2));

        var report = await scenario.VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(JournalProblemCodes.AmountChanged, problem.Code);
        Assert.Equal("INV-2026-00002", problem.DocumentNumber);
        Assert.Equal(2, problem.Sequence);
        Assert.Contains("TaxInclusiveMinor is 10 in the database but its issued snapshot says 240", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SnapshotJsonEdited_NamesTheInvoice()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        await scenario.SqlAsync("UPDATE Documents SET SnapshotJson = replace(SnapshotJson, 'Client Martin SARL', 'Client Durand SARL') WHERE Number = {0}",
            JournalScenario.Number(3));

        var report = await scenario.VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(JournalProblemCodes.SnapshotAltered, problem.Code);
        Assert.Equal("INV-2026-00003", problem.DocumentNumber);
        Assert.Contains("INV-2026-00003", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AmountEditedInsideTheSnapshot_NamesTheInvoiceTwice()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(2);
        await scenario.SqlAsync("UPDATE Documents SET SnapshotJson = replace(SnapshotJson, {0}, {1}) WHERE Number = {2}",
            "\"TaxInclusiveAmount\":{\"Amount\":240", "\"TaxInclusiveAmount\":{\"Amount\":24", JournalScenario.Number(1));

        var report = await scenario.VerifyAsync();

        Assert.Equal([JournalProblemCodes.SnapshotAltered, JournalProblemCodes.AmountChanged], report.Problems.Select(p => p.Code));
        Assert.All(report.Problems, p => Assert.Equal("INV-2026-00001", p.DocumentNumber));
    }

    [Fact]
    public async Task Verify_DocumentRowDeleted_NamesItByItsNumber()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        await scenario.SqlAsync("DELETE FROM Documents WHERE Number = {0}", JournalScenario.Number(2));

        var report = await scenario.VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(JournalProblemCodes.DocumentDeleted, problem.Code);
        Assert.Equal("INV-2026-00002", problem.DocumentNumber);
        Assert.Contains("INV-2026-00002 (entry 2) no longer exists", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_JournalEntryDeleted_NamesTheGapAndTheUnjournaledInvoice()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        await scenario.SqlAsync("DELETE FROM JournalEntries WHERE Sequence = 2");

        var report = await scenario.VerifyAsync();

        Assert.Equal([JournalProblemCodes.EntryMissing, JournalProblemCodes.NotJournaled], report.Problems.Select(p => p.Code));
        Assert.Contains("Entry 2 is missing after entry 1 (INV-2026-00001), before entry 3 (INV-2026-00003)", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("INV-2026-00002", report.Problems[1].DocumentNumber);
    }

    [Fact]
    public async Task Verify_EntriesSwapped_NamesTheReorderedInvoices()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(4);
        await scenario.SqlAsync("UPDATE JournalEntries SET Sequence = -2 WHERE Sequence = 2");
        await scenario.SqlAsync("UPDATE JournalEntries SET Sequence = 2 WHERE Sequence = 3");
        await scenario.SqlAsync("UPDATE JournalEntries SET Sequence = 3 WHERE Sequence = -2");

        var report = await scenario.VerifyAsync();

        var reordered = Assert.Single(report.Problems, p => p.Code == JournalProblemCodes.OutOfOrder);
        Assert.Equal("INV-2026-00002", reordered.DocumentNumber);
        Assert.Contains("after entry 2 recorded INV-2026-00003", reordered.Message, StringComparison.Ordinal);
        Assert.Contains(report.Problems, p => p.Code == JournalProblemCodes.EntryHashMismatch && p.DocumentNumber == "INV-2026-00003");
    }

    [Fact]
    public async Task Verify_EntryEdited_NamesItsDocument()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        await scenario.SqlAsync("UPDATE JournalEntries SET DocumentNumber = 'INV-2026-09999' WHERE Sequence = 2");

        var report = await scenario.VerifyAsync();

        Assert.Contains(report.Problems, p => p.Code == JournalProblemCodes.EntryHashMismatch && p.Sequence == 2);
        Assert.Contains(report.Problems, p => p.Code == JournalProblemCodes.NumberChanged && p.Message.Contains("'INV-2026-00002'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_DocumentBackToDraft_IsNamed()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(2);
        await scenario.SqlAsync("UPDATE Documents SET Status = 'Draft' WHERE Number = {0}", JournalScenario.Number(1));

        var report = await scenario.VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal((JournalProblemCodes.StatusReverted, "INV-2026-00001"), (problem.Code, problem.DocumentNumber));
    }

    [Fact]
    public async Task Verify_SmallPages_WalksTheWholeChainAndFindsAnEditInALaterPage()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(7);
        await scenario.SqlAsync("UPDATE Documents SET TaxExclusiveMinor = TaxExclusiveMinor + 1 WHERE Number = {0}", JournalScenario.Number(6));
        var verifier = new JournalVerifier(scenario.App.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Persistence.FacturationDbContext>>(), TimeProvider.System)
        {
            PageSize = 2,
        };

        var report = (await verifier.VerifyAsync("acme", default)).GetValueOrThrow();

        Assert.Equal(7, report.EntriesChecked);
        Assert.Equal(7, report.Head.Sequence);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("INV-2026-00006", 6L), (problem.DocumentNumber, problem.Sequence));
    }
}
