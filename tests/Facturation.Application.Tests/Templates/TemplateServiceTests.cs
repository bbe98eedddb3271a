using System.Text;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Facturation.Sdk.Common;
using static Facturation.Application.Tests.Templates.TemplateTestData;

namespace Facturation.Application.Tests.Templates;

/// <summary>Saving, history, rollback, compile errors and preview of a company's templates.</summary>
public class TemplateServiceTests
{
    [Fact]
    public async Task SaveThreeVersions_HistoryListsThem_RollbackAddsAFourthEqualToTheFirst()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var service = app.Get<TemplateService>();

        var before = (await service.GetAsync("acme", "invoice", "fr", null, default)).GetValueOrThrow();
        Assert.Equal((0, "scriban"), (before.Version, before.EngineId));
        Assert.Contains("lines", before.Partials.Keys);

        var first = await SaveAsync(app, Page("<h1>V1 {{number}}</h1>"), "first");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var second = await SaveAsync(app, Page("<h1>V2 {{number}}</h1>"), "second");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var third = await SaveAsync(app, Page("<h1>V3 {{number}}</h1>"));
        var english = (await service.SaveAsync("acme", new TemplateEdit("invoice", "en", Page("<h1>EN {{number}}</h1>"), "bob"), default)).GetValueOrThrow();
        var rolledBack = (await service.RollbackAsync("acme", "invoice", "fr", 1, "carol", default)).GetValueOrThrow();

        Assert.Equal([1, 2, 3], new[] { first.Version, second.Version, third.Version });
        Assert.Equal([1L, 2L, 3L, 4L, 5L], new[] { first.Revision, second.Revision, third.Revision, english.Revision, rolledBack.Revision });
        Assert.Equal(1, english.Version);
        Assert.Equal(4, rolledBack.Version);
        Assert.Equal(first.Text, rolledBack.Text);
        Assert.Equal(first.Partials.OrderBy(p => p.Key), rolledBack.Partials.OrderBy(p => p.Key));
        Assert.Equal("rollback to version 1", rolledBack.Comment);

        var history = (await service.HistoryAsync("acme", "invoice", "fr", default)).GetValueOrThrow();
        Assert.Equal([1, 2, 3, 4], history.Select(h => h.Version));
        Assert.Equal(["alice", "alice", "alice", "carol"], history.Select(h => h.Author));
        Assert.Equal(["first", "second", null, "rollback to version 1"], history.Select(h => h.Comment));
        Assert.Equal(TimeSpan.FromHours(1), history[1].CreatedAt - history[0].CreatedAt);

        Assert.Equal(second.Text, (await service.GetAsync("acme", "invoice", "fr", 2, default)).GetValueOrThrow().Text);
        Assert.Equal(first.Text, (await service.GetAsync("acme", "invoice", "fr", null, default)).GetValueOrThrow().Text);
        Assert.Equal(before.Text, (await service.GetAsync("acme", "invoice", "fr", 0, default)).GetValueOrThrow().Text);
        var missing = await service.GetAsync("acme", "invoice", "fr", 9, default);
        Assert.Equal("template.version-not-found", Assert.Single(missing.Problems).Code);

        var list = (await service.ListAsync("acme", default)).GetValueOrThrow();
        Assert.Equal(4, list.Single(r => r.Layout == "invoice" && r.Language == "fr").Version);
        Assert.Equal(0, list.Single(r => r.Layout == "quote" && r.Language == "fr").Version);
    }

    [Fact]
    public async Task Save_RefusesSyntaxErrorsUnknownPartialsAndTheRetiredEngine_WithLineAndColumn_AndSavesNothing()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var service = app.Get<TemplateService>();
        Task<Outcome<TemplateVersion>> Save(string text, Dictionary<string, string>? partials = null, string engine = "scriban") =>
            service.SaveAsync("acme", new TemplateEdit("invoice", "fr", text, "alice") { Partials = partials ?? [], EngineId = engine }, default);

        var syntax = await Save("<p>\n  {{ number + }}\n</p>");
        var inPartial = await Save("<p>{{ include \"a\" }}</p>", new() { ["a"] = "<b>\n{{ if }}</b>" });
        var unknownPartial = await Save("<p>ok</p>\n<p>{{ include \"nowhere\" }}</p>");
        var handlebars = await Save("<p>{{number}}</p>", engine: "handlebars");
        var unknownLayout = await service.SaveAsync("acme", new TemplateEdit("poster", "de", "<p></p>", ""), default);
        var valid = await Save("<p></p>");

        var syntaxProblem = Assert.Single(syntax.Problems);
        Assert.Equal(("template.compile", "Template"), (syntaxProblem.Code, syntaxProblem.Field));
        Assert.StartsWith("2:15: ", syntaxProblem.Message, StringComparison.Ordinal);
        Assert.All(inPartial.Problems, p => Assert.Equal(("template.compile", "Partials.a"), (p.Code, p.Field)));
        Assert.StartsWith("2:", inPartial.Problems[0].Message, StringComparison.Ordinal);
        var unknown = Assert.Single(unknownPartial.Problems);
        Assert.StartsWith("2:7: Unknown partial 'nowhere'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("lines", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(("template.engine-retired", "EngineId"), (Assert.Single(handlebars.Problems).Code, handlebars.Problems[0].Field));
        Assert.Equal(["Author", "Language", "Layout"], unknownLayout.Problems.Select(p => p.Field!).Order(StringComparer.Ordinal));

        Assert.True(valid.Succeeded);
        Assert.Equal("scriban", valid.Value!.EngineId);
        // The one valid save is the only version, and it kept the default layout's partials.
        Assert.Contains("totals", valid.Value.Partials.Keys);
        var history = (await service.HistoryAsync("acme", "invoice", "fr", default)).GetValueOrThrow();
        Assert.Equal([1], history.Select(h => h.Version));
    }

    [Fact]
    public async Task Preview_RendersTheEditedTextWithASampleOrARealDocument_WithoutSaving()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);
        var service = app.Get<TemplateService>();
        var text = Page("<h1>PREVIEW {{ number }}</h1>{{ for line in lines }}<p>{{ line.description }} {{ line.vatRate }}</p>{{ end }}{{ include \"totals\" }}");

        var sample = (await service.PreviewAsync("acme", new TemplatePreviewInput("invoice", "fr") { Text = text }, default)).GetValueOrThrow();
        var real = (await service.PreviewAsync("acme", new TemplatePreviewInput("invoice", "en") { Text = text, DocumentNumber = invoice.Number }, default)).GetValueOrThrow();
        var current = (await service.PreviewAsync("acme", new TemplatePreviewInput("invoice", "fr"), default)).GetValueOrThrow();
        var broken = await service.PreviewAsync("acme", new TemplatePreviewInput("invoice", "fr") { Text = "{{ if number }}" }, default);

        var sampleHtml = Encoding.UTF8.GetString(sample.Content);
        Assert.Contains("PREVIEW EXEMPLE-0001", sampleHtml, StringComparison.Ordinal);
        Assert.Equal(3, sampleHtml.Split("(exemple)").Length - 1);
        Assert.Contains("5,5", sampleHtml, StringComparison.Ordinal);
        Assert.Contains("832,75", sampleHtml, StringComparison.Ordinal);
        Assert.Contains("PREVIEW " + invoice.Number, Encoding.UTF8.GetString(real.Content), StringComparison.Ordinal);
        Assert.Contains("EXEMPLE-0001", Encoding.UTF8.GetString(current.Content), StringComparison.Ordinal);
        Assert.Equal("template.compile", Assert.Single(broken.Problems).Code);
        Assert.Empty((await service.HistoryAsync("acme", "invoice", "fr", default)).GetValueOrThrow());
    }
}
