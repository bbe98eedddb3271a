using Facturation.Application.Journal;

namespace Facturation.Application.Tests.Journal;

public sealed class SignedHeadTests
{
    [Fact]
    public async Task Verify_WholeChainRewritten_PassesTheChainCheckButNotTheSignedHead()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(4);
        var key = JournalKey.Generate();
        var head = await scenario.ExportHeadAsync(key);
        await scenario.RewriteChainAfterEditingAsync(2, 24m);

        var plain = await scenario.VerifyAsync();
        var anchored = await scenario.VerifyAsync(new ChainHeadCheck(head, key));

        Assert.True(plain.Intact, string.Join(Environment.NewLine, plain.Problems));
        Assert.True(anchored.HeadChecked);
        Assert.Equal(2, anchored.Problems.Count);
        // The head's signed prints name the document that was altered, not only the head entry that no longer matches.
        var altered = anchored.Problems[0];
        Assert.Equal(JournalProblemCodes.DocumentRewritten, altered.Code);
        Assert.Equal(("INV-2026-00002", 2L), (altered.DocumentNumber, altered.Sequence));
        var rewritten = anchored.Problems[1];
        Assert.Equal(JournalProblemCodes.ChainRewritten, rewritten.Code);
        Assert.Equal(("INV-2026-00004", 4L), (rewritten.DocumentNumber, rewritten.Sequence));
        Assert.Contains(head.EntryHash, rewritten.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HeadExportedThenMoreIssued_StillVerifies()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(2);
        var key = JournalKey.Generate();
        var head = await scenario.ExportHeadAsync(key);
        await scenario.App.IssueAsync((await scenario.App.DraftAsync()).Id);

        var report = await scenario.VerifyAsync(new ChainHeadCheck(head, key));

        Assert.True(report.Intact, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(2, head.Sequence);
        Assert.Equal(3, report.Head.Sequence);
    }

    [Fact]
    public async Task Verify_HeadSignedWithAnotherKey_IsRejected()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(2);
        var head = await scenario.ExportHeadAsync(JournalKey.Generate());

        var report = await scenario.VerifyAsync(new ChainHeadCheck(head, JournalKey.Generate()));

        Assert.Equal(JournalProblemCodes.HeadSignatureInvalid, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Verify_HeadForgedToMatchARewrittenChain_IsRejected()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        var key = JournalKey.Generate();
        var head = await scenario.ExportHeadAsync(key);
        await scenario.RewriteChainAfterEditingAsync(1, 1m);
        var forged = head with { EntryHash = (await scenario.VerifyAsync()).Head.EntryHash };

        var report = await scenario.VerifyAsync(new ChainHeadCheck(forged, key));

        Assert.Equal(JournalProblemCodes.HeadSignatureInvalid, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Verify_LastEntryAndInvoiceDeleted_TheSignedHeadNamesTheTruncation()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(3);
        var key = JournalKey.Generate();
        var head = await scenario.ExportHeadAsync(key);
        await scenario.SqlAsync("DELETE FROM JournalEntries WHERE Sequence = 3");
        await scenario.SqlAsync("DELETE FROM Documents WHERE Number = {0}", JournalScenario.Number(3));

        var plain = await scenario.VerifyAsync();
        var anchored = await scenario.VerifyAsync(new ChainHeadCheck(head, key));

        Assert.True(plain.Intact);
        var problem = Assert.Single(anchored.Problems);
        Assert.Equal(JournalProblemCodes.HeadSequenceMissing, problem.Code);
        Assert.Contains("entry 3, which the chain no longer holds (it ends at entry 2)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HeadOfAnotherCompany_IsRejected()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(1);
        await scenario.App.CompanyAsync("beta");
        await scenario.App.CustomerAsync("beta");
        await scenario.App.IssueAsync((await scenario.App.DraftAsync(company: "beta")).Id);
        var key = JournalKey.Generate();
        var betaHead = (await scenario.Verifier.ExportHeadAsync("beta", key, default)).GetValueOrThrow().Head!;

        var report = await scenario.VerifyAsync(new ChainHeadCheck(betaHead, key));

        Assert.Equal(JournalProblemCodes.HeadOtherCompany, Assert.Single(report.Problems).Code);
        Assert.Equal(1, report.Head.Sequence);
    }

    [Fact]
    public async Task ExportHead_BrokenChain_SignsNothingAndReportsTheProblems()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(2);
        await scenario.SqlAsync("UPDATE Documents SET TaxTotalMinor = 0 WHERE Number = {0}", JournalScenario.Number(1));

        var export = (await scenario.Verifier.ExportHeadAsync("acme", JournalKey.Generate(), default)).GetValueOrThrow();

        Assert.Null(export.Head);
        Assert.Equal("INV-2026-00001", Assert.Single(export.Report.Problems).DocumentNumber);
    }

    [Fact]
    public async Task ExportHead_IsStampedWithTheInjectedClock()
    {
        await using var scenario = await JournalScenario.WithInvoicesAsync(1);

        var head = await scenario.ExportHeadAsync(JournalKey.Generate());

        Assert.Equal(scenario.App.Clock.GetUtcNow(), head.ExportedAt);
        Assert.Equal("acme", head.CompanyCode);
        Assert.Equal(64, head.Hmac.Length);
    }
}
