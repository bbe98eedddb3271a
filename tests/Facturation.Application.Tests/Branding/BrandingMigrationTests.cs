using Facturation.Application.Branding;
using Facturation.Application.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Facturation.Application.Tests.Branding;

/// <summary>
/// A database of the release before branding revisions (one branding row per company, no look recorded on documents)
/// brought up to date: each company's branding becomes its revision 1, and every document issued before records it and
/// the Handlebars default layouts, so it renders exactly as it did.
/// </summary>
public class BrandingMigrationTests
{
    private const string Migration = "FrozenBrandingAndLayoutEngine";

    [Fact]
    public async Task DatabaseFromTheReleaseBefore_KeepsEachCompanysBrandingAsRevisionOne_AndEveryIssuedDocumentsLook()
    {
        // The TrueType signature and some bytes: the font is embedded as it is, never read here.
        byte[] font = [0x00, 0x01, 0x00, 0x00, .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))];
        var logo = TestImages.Png(120, 40);
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        await app.CompanyAsync("bare", change: c => c with { Siren = "552100554", Siret = null, VatNumber = "FR96552100554" });
        await app.CustomerAsync("bare");
        (await BrandingRulesTests.SetAsync(app, new BrandingInput
        {
            Logo = logo, LogoKind = LogoKind.Png, PrimaryColor = "#aa3300", AccentColor = "#fef6e4", FontFamily = "House Serif", FontFile = font, FooterText = "Merci !",
        })).GetValueOrThrow();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);
        var unbranded = await app.IssueAsync((await app.DraftAsync(company: "bare")).Id);
        var draft = await app.DraftAsync();
        // As it was issued before this release: with the Handlebars default layouts.
        await using (var db = await app.DbAsync())
            await db.Documents.Where(d => d.Number != null).ExecuteUpdateAsync(d => d.SetProperty(x => x.DefaultLayoutEngineId, "handlebars"));
        byte[] before;
        byte[] unbrandedBefore;
        await using (var fresh = await app.ReopenAsync())
        {
            before = await HtmlAsync(fresh, "acme", issued.Number);
            unbrandedBefore = await HtmlAsync(fresh, "bare", unbranded.Number);
        }

        // Back to the schema of the release before (its one branding row per company), then up again.
        await using (var db = await app.DbAsync())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"CompanyBrandings\"").SingleAsync());
        }
        await using var migrated = await app.ReopenAsync();

        Assert.Equal(before, await HtmlAsync(migrated, "acme", issued.Number));
        Assert.Equal(unbrandedBefore, await HtmlAsync(migrated, "bare", unbranded.Number));
        var summary = (await migrated.Get<BrandingService>().GetAsync("acme", default)).GetValueOrThrow();
        Assert.Equal((1L, "#aa3300", "House Serif", font.Length, logo.Length, "Merci !"),
            (summary.Revision, summary.PrimaryColor, summary.FontFamily, summary.FontBytes, summary.LogoBytes, summary.FooterText));
        await using var check = await migrated.DbAsync();
        var documents = await check.Documents.ToDictionaryAsync(d => d.Id, d => (d.BrandingRevision, d.DefaultLayoutEngineId));
        Assert.Equal((1L, "handlebars"), documents[issued.Id]);
        Assert.Equal((0L, "handlebars"), documents[unbranded.Id]);
        Assert.Equal((0L, (string?)null), documents[draft.Id]);
        Assert.Equal(3, documents.Count);
    }

    private static async Task<byte[]> HtmlAsync(TestApp app, string company, string number) =>
        (await app.Get<DocumentRenderService>().RenderAsync(new RenderInput(company, number, RenderFormat.Html), default)).GetValueOrThrow().Content;
}
