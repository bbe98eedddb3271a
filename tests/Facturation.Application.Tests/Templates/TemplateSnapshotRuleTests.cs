using Facturation.Application.Documents;
using Facturation.Application.Rendering;
using Facturation.Application.Tests.Rendering;
using static Facturation.Application.Tests.Templates.TemplateTestData;

namespace Facturation.Application.Tests.Templates;

/// <summary>The snapshot rule and hostile templates, through the real render path.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public class TemplateSnapshotRuleTests
{
    [Fact]
    public async Task TemplateEditedAfterIssue_IssuedInvoiceRendersAsBefore_LaterInvoiceUsesTheNewVersion()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var before = await app.IssueAsync((await app.DraftAsync()).Id);
        var beforeHtml = (await RenderAsync(app, before.Number)).GetValueOrThrow().Content;

        await SaveAsync(app, Page("<h1>MARKER-V1 {{number}}</h1>"));
        var afterV1 = await app.IssueAsync((await app.DraftAsync()).Id);
        await SaveAsync(app, Page("<h1>MARKER-V2 {{number}}</h1>"));
        var afterV2 = await app.IssueAsync((await app.DraftAsync()).Id);
        await SaveAsync(app, Page("<h1>MARKER-V3 {{number}}</h1>"));

        Assert.Equal(beforeHtml, (await RenderAsync(app, before.Number)).GetValueOrThrow().Content);
        Assert.DoesNotContain("MARKER", await HtmlAsync(app, before.Number), StringComparison.Ordinal);
        Assert.Contains("MARKER-V1 " + afterV1.Number, await HtmlAsync(app, afterV1.Number), StringComparison.Ordinal);
        Assert.Contains("MARKER-V2 " + afterV2.Number, await HtmlAsync(app, afterV2.Number), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileTemplates_HugeLoopAndUnknownMember_FailClearly_WhileAConcurrentNormalRenderIsUnaffected()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var lines = Enumerable.Range(1, 40).Select(i => new LineInput { Description = $"Ligne {i}", Quantity = 1m, UnitPrice = 1m }).ToArray();
        var normal = await app.IssueAsync((await app.DraftAsync(lines: lines)).Id);
        var normalHtml = (await RenderAsync(app, normal.Number)).GetValueOrThrow().Content;

        var payload = new string('x', 200);
        await SaveAsync(app, Page(
            $"{{{{ for a in lines }}}}{{{{ for b in lines }}}}{{{{ for c in lines }}}}{{{{ for d in lines }}}}{payload}{{{{ end }}}}{{{{ end }}}}{{{{ end }}}}{{{{ end }}}}"));
        var huge = await app.IssueAsync((await app.DraftAsync(lines: lines)).Id);
        await SaveAsync(app, Page("<p>\n{{ while true }}{{ end }}</p>"));
        var endless = await app.IssueAsync((await app.DraftAsync()).Id);
        await SaveAsync(app, Page("<p>{{ seller.password }}</p>"));
        var reaching = await app.IssueAsync((await app.DraftAsync()).Id);

        var hugeRender = RenderAsync(app, huge.Number);
        var endlessRender = RenderAsync(app, endless.Number);
        var normalRenders = Enumerable.Range(0, 4).Select(_ => RenderAsync(app, normal.Number)).ToList();
        await Task.WhenAll(normalRenders.Append(hugeRender).Append(endlessRender));
        var unknown = await RenderAsync(app, reaching.Number);

        var hugeProblem = Assert.Single((await hugeRender).Problems);
        Assert.Equal(("render.template", "Template"), (hugeProblem.Code, hugeProblem.Field));
        Assert.True(hugeProblem.Message.Contains("iteration limit", StringComparison.Ordinal) || hugeProblem.Message.Contains("OutputLimit", StringComparison.Ordinal),
            hugeProblem.Message);
        var endlessProblem = Assert.Single((await endlessRender).Problems);
        Assert.StartsWith("6:4: ", endlessProblem.Message, StringComparison.Ordinal);
        Assert.Contains("iteration limit", endlessProblem.Message, StringComparison.Ordinal);
        foreach (var render in normalRenders)
            Assert.Equal(normalHtml, (await render).GetValueOrThrow().Content);
        var unknownProblem = Assert.Single(unknown.Problems);
        Assert.Contains("password", unknownProblem.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown member", unknownProblem.Message, StringComparison.Ordinal);
        Assert.Equal(normalHtml, (await RenderAsync(app, normal.Number)).GetValueOrThrow().Content);
    }

    [Fact]
    public async Task SavedTemplateReachingForFilesOrTheNetwork_PdfStillRenders_AndTheRequestsAreBlockedAndReported()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        await SaveAsync(app, Page("<h1>BLOCKED-TEST {{ number }}</h1><img src=\"file:///etc/passwd\"><img src=\"http://127.0.0.1:9/x.png\">"));
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);

        var rendered = (await RenderAsync(app, invoice.Number, RenderFormat.Pdf)).GetValueOrThrow();

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(rendered.Content, 0, 4));
        Assert.Contains("BLOCKED-TEST " + invoice.Number, string.Join('\n', await PdfText.PagesAsync(rendered.Content)), StringComparison.Ordinal);
        Assert.Contains("file:///etc/passwd", rendered.BlockedUrls);
        Assert.Contains("http://127.0.0.1:9/x.png", rendered.BlockedUrls);
    }
}
