using System.Text;
using Facturation.Application.Plugins;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Facturation.Domain.Templates;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Sdk.Templates;
using Microsoft.EntityFrameworkCore;
using static Facturation.Application.Tests.Templates.TemplateTestData;

namespace Facturation.Application.Tests.Templates;

/// <summary>
/// Scriban is the layout engine; Handlebars stays to print what was made with it: the versions saved for it, and the
/// documents issued while its default layouts were the product's.
/// </summary>
public class LayoutEngineSwitchTests
{
    [Fact]
    public async Task DocumentIssuedWithASavedHandlebarsVersion_RendersByteIdenticalAfterScribanBecameTheLayoutEngine()
    {
        await using var app = await TestApp.StartAsync();
        var company = await app.CompanyAsync();
        await app.CustomerAsync();
        var handlebarsDefault = app.Get<ExtensionRegistry>().DefaultLayout("invoice", "fr", "handlebars")!.Value.Source;
        // A version an older release saved (new Handlebars versions are refused): the default layout with a marker.
        await using (var db = await app.DbAsync())
        {
            db.DocumentTemplates.Add(new DocumentTemplate
            {
                CompanyId = company.Id, Layout = "invoice", Language = "fr", Version = 1, Revision = 1, EngineId = "handlebars",
                Text = handlebarsDefault.Text.Replace("<h1>{{title}}</h1>", "<h1>{{title}} HBS-MARKER</h1>", StringComparison.Ordinal),
                Partials = new Dictionary<string, string>(handlebarsDefault.Partials), Author = "old release", CreatedAt = app.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        var withHandlebars = await app.IssueAsync((await app.DraftAsync()).Id);
        var first = (await RenderAsync(app, withHandlebars.Number)).GetValueOrThrow().Content;

        await SaveAsync(app, Page("<h1>SCRIBAN-MARKER {{ number }}</h1>"));
        var withScriban = await app.IssueAsync((await app.DraftAsync()).Id);
        var rolledBack = (await app.Get<TemplateService>().RollbackAsync("acme", "invoice", "fr", 1, "carol", default)).GetValueOrThrow();
        await using var reopened = await app.ReopenAsync();
        var again = (await RenderAsync(reopened, withHandlebars.Number)).GetValueOrThrow().Content;

        // What the Handlebars engine itself prints for that version and document.
        var saved = (await app.Get<TemplateService>().GetAsync("acme", "invoice", "fr", 1, default)).GetValueOrThrow();
        var view = DocumentViewBuilder.Build(new DocumentViewRequest(withHandlebars.Snapshot, LayoutLanguage.Find("fr")!, BrandingView.Default)
        {
            QrCodeDataUri = HtmlDataUri(first),
        });
        var direct = await app.Get<HtmlRenderer>().RenderAsync(app.Get<ExtensionRegistry>().TemplateEngine("handlebars")!,
            new TemplateSource("invoice.fr", saved.Text) { Partials = saved.Partials }, view, RenderLimits.Default, default);

        Assert.Equal(first, again);
        Assert.Equal(direct.Html, Encoding.UTF8.GetString(first));
        Assert.Contains("HBS-MARKER", direct.Html, StringComparison.Ordinal);
        Assert.Contains("SCRIBAN-MARKER " + withScriban.Number, await HtmlAsync(app, withScriban.Number), StringComparison.Ordinal);
        Assert.Equal(("handlebars", 3), (rolledBack.EngineId, rolledBack.Version));
    }

    [Fact]
    public async Task DocumentIssuedWhileTheHandlebarsDefaultsWereTheProducts_KeepsThem_NewDocumentsUseTheScribanDefaults()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var old = await app.IssueAsync((await app.DraftAsync()).Id);
        var current = await app.IssueAsync((await app.DraftAsync()).Id);
        // What the migration records on every document issued before this release.
        await using (var db = await app.DbAsync())
            await db.Documents.Where(d => d.Number == old.Number).ExecuteUpdateAsync(d => d.SetProperty(x => x.DefaultLayoutEngineId, "handlebars"));
        await using var reopened = await app.ReopenAsync();

        var oldHtml = Encoding.UTF8.GetString((await RenderAsync(reopened, old.Number)).GetValueOrThrow().Content);
        var currentHtml = Encoding.UTF8.GetString((await RenderAsync(reopened, current.Number)).GetValueOrThrow().Content);

        // Handlebars.Net leaves the indented totals partial unescaped: its default layout prints "l'avoir" and "d'"
        // as they are where the Scriban one escapes them. The pages say the same.
        Assert.Contains("<h1>Facture</h1>", oldHtml, StringComparison.Ordinal);
        Assert.Equal(await DefaultAsync(reopened, "handlebars", old), oldHtml);
        Assert.Equal(await DefaultAsync(reopened, "scriban", current), currentHtml);
        Assert.Equal("scriban", (await reopened.Get<Documents.DocumentService>().FindAsync("acme", current.Number, default)).GetValueOrThrow().DefaultLayoutEngineId);
    }

    private static async Task<string> DefaultAsync(TestApp app, string engineId, Issuing.IssuedDocument document)
    {
        var extensions = app.Get<ExtensionRegistry>();
        var rendered = Encoding.UTF8.GetString((await RenderAsync(app, document.Number)).GetValueOrThrow().Content);
        var view = DocumentViewBuilder.Build(new DocumentViewRequest(document.Snapshot, LayoutLanguage.Find("fr")!, BrandingView.Default)
        {
            QrCodeDataUri = HtmlDataUri(Encoding.UTF8.GetBytes(rendered)),
        });
        var result = await app.Get<HtmlRenderer>().RenderAsync(
            extensions.TemplateEngine(engineId)!, extensions.DefaultLayout("invoice", "fr", engineId)!.Value.Source, view, RenderLimits.Default, default);
        return result.Html!;
    }

    // The SEPA QR code the render put in the page, so the direct render shows the same one.
    private static string? HtmlDataUri(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var start = text.IndexOf("data:image/svg+xml;base64,", StringComparison.Ordinal);
        return start < 0 ? null : System.Net.WebUtility.HtmlDecode(text[start..text.IndexOf('"', start)]);
    }
}
