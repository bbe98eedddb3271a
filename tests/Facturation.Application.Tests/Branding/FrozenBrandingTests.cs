using System.Net;
using System.Text;
using Facturation.Application.Branding;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Branding;

/// <summary>Branding frozen at issue, as the template version is: a later change never alters an issued document.</summary>
public class FrozenBrandingTests
{
    [Fact]
    public async Task LogoColoursFontAndFooterChangedAfterIssue_IssuedDocumentsRenderByteIdentical_NewOnesAndPreviewsShowTheNewLook()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var plain = await app.IssueAsync((await app.DraftAsync()).Id);
        var redLogo = TestImages.Png(120, 40, red: 0xaa, green: 0x33, blue: 0x00);
        var blueLogo = TestImages.Png(120, 40, red: 0x00, green: 0x55, blue: 0xaa);
        (await BrandingRulesTests.SetAsync(app, new BrandingInput
        {
            Logo = redLogo, LogoKind = LogoKind.Png, PrimaryColor = "#aa3300", AccentColor = "#fef6e4", FontFamily = "DejaVu Serif", FooterText = "Pied de page d'avant",
        })).GetValueOrThrow();
        var branded = await app.IssueAsync((await app.DraftAsync()).Id);
        var plainBefore = await HtmlAsync(app, plain.Number);
        var brandedBefore = await HtmlAsync(app, branded.Number);

        var second = (await BrandingRulesTests.SetAsync(app, new BrandingInput
        {
            Logo = blueLogo, LogoKind = LogoKind.Png, PrimaryColor = "#0055aa", AccentColor = "#eef4fb", FontFamily = "", FooterText = "Nouveau pied de page",
        })).GetValueOrThrow();
        var third = (await BrandingRulesTests.SetAsync(app, new BrandingInput { FooterText = "Pied de page de 2027" })).GetValueOrThrow();
        var unchanged = (await BrandingRulesTests.SetAsync(app, new BrandingInput { FooterText = "Pied de page de 2027" })).GetValueOrThrow();
        var later = await app.IssueAsync((await app.DraftAsync()).Id);
        var laterHtml = Text(await HtmlAsync(app, later.Number));
        var preview = Text((await app.Get<TemplateService>().PreviewAsync("acme", new TemplatePreviewInput("invoice", "fr"), default)).GetValueOrThrow().Content);

        // Rendered again in this process, and by a later process that has nothing cached.
        Assert.Equal(brandedBefore, await HtmlAsync(app, branded.Number));
        Assert.Equal(plainBefore, await HtmlAsync(app, plain.Number));
        await using (var reopened = await app.ReopenAsync())
        {
            Assert.Equal(brandedBefore, await HtmlAsync(reopened, branded.Number));
            Assert.Equal(plainBefore, await HtmlAsync(reopened, plain.Number));
        }

        var before = Text(brandedBefore);
        Assert.Contains(Convert.ToBase64String(redLogo), before, StringComparison.Ordinal);
        Assert.Contains("h1 { color: #aa3300;", before, StringComparison.Ordinal);
        Assert.Contains("font-family: DejaVu Serif, ", before, StringComparison.Ordinal);
        Assert.Contains("<p>Pied de page d'avant</p>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("#aa3300", Text(plainBefore), StringComparison.Ordinal);
        foreach (var html in new[] { laterHtml, preview })
        {
            Assert.Contains(Convert.ToBase64String(blueLogo), html, StringComparison.Ordinal);
            Assert.Contains("h1 { color: #0055aa;", html, StringComparison.Ordinal);
            Assert.Contains("<p>Pied de page de 2027</p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToBase64String(redLogo), html, StringComparison.Ordinal);
            Assert.DoesNotContain("#aa3300", html, StringComparison.Ordinal);
            Assert.DoesNotContain("DejaVu Serif", html, StringComparison.Ordinal);
        }

        Assert.Equal((2L, 3L, 3L), (second.Revision, third.Revision, unchanged.Revision));
        await using var db = await app.DbAsync();
        var revisions = await db.Documents.Where(d => d.Number != null).OrderBy(d => d.Number).Select(d => d.BrandingRevision).ToListAsync();
        Assert.Equal([0L, 1L, 3L], revisions);
        // Three revisions after the first keep the first; the footer change shares the blue logo instead of copying it.
        Assert.Equal((3, 2), (await db.BrandingRevisions.CountAsync(), await db.BrandingFiles.CountAsync()));
    }

    // The page as a browser reads it (the logo's base64 "=" is written "&#x3D;").
    private static string Text(byte[] html) => WebUtility.HtmlDecode(Encoding.UTF8.GetString(html));

    private static async Task<byte[]> HtmlAsync(TestApp app, string number) =>
        (await app.Get<DocumentRenderService>().RenderAsync(new RenderInput("acme", number, RenderFormat.Html), default)).GetValueOrThrow().Content;
}
