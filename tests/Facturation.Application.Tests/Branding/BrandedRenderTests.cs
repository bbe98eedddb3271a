using System.Diagnostics;
using System.Net;
using System.Text;
using Facturation.Application.Branding;
using Facturation.Application.Rendering;

namespace Facturation.Application.Tests.Branding;

/// <summary>Issued documents rendered with the company's branding: logo, colours, footer and an uploaded font.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public class BrandedRenderTests
{
    private const string DejaVuSerif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    private const string SvgLogo = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" onload="alert(1)">
          <script>alert(1)</script>
          <rect width="40" height="40" fill="#aa3300"/><use href="https://evil.example/x.svg#a"/>
          <image href="https://evil.example/pixel.png" width="1" height="1"/>
          <text x="48" y="28" font-size="20" fill="#1f3a5f">ACME</text>
        </svg>
        """;

    [Fact]
    public async Task HtmlInvoice_CarriesTheLogoDataUri_TheColoursInItsCss_AndTheFooterText()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var png = TestImages.Png(120, 40);
        (await BrandingRulesTests.SetAsync(app, new BrandingInput
        {
            Logo = png, LogoKind = LogoKind.Png, PrimaryColor = "#aa3300", AccentColor = "#fef6e4", FooterText = "Thank you for your business - Atelier Dupont",
        })).GetValueOrThrow();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var html = WebUtility.HtmlDecode(await RenderAsync(app, issued.Number, RenderFormat.Html, Encoding.UTF8.GetString));

        Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"", html, StringComparison.Ordinal);
        Assert.Contains("h1 { color: #aa3300;", html, StringComparison.Ordinal);
        Assert.Contains("th { background: #fef6e4;", html, StringComparison.Ordinal);
        Assert.Contains("<p>Thank you for your business - Atelier Dupont</p>", html, StringComparison.Ordinal);
        Assert.Contains("font-family: Liberation Sans", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfInvoice_WithAnSvgLogo_AsksForNoUrl_AndPrintsTheFooter()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        (await BrandingRulesTests.SetAsync(app, new BrandingInput
        {
            Logo = TestImages.Svg(SvgLogo), LogoKind = LogoKind.Svg, PrimaryColor = "#aa3300", FooterText = "Pied de page ACME",
        })).GetValueOrThrow();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var html = WebUtility.HtmlDecode(await RenderAsync(app, issued.Number, RenderFormat.Html, Encoding.UTF8.GetString));
        var rendered = (await app.Get<DocumentRenderService>().RenderAsync(new RenderInput("acme", issued.Number, RenderFormat.Pdf), default)).GetValueOrThrow();

        Assert.Contains("src=\"data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        Assert.Empty(rendered.BlockedUrls);
        Assert.Contains("Pied de page ACME", string.Join('\n', await Rendering.PdfText.PagesAsync(rendered.Content)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedFont_IsEmbeddedAsADataUriFontFace_AndInThePdf()
    {
        Assert.True(File.Exists(DejaVuSerif), $"{DejaVuSerif} is missing: install the Debian package fonts-dejavu-core (test.sh does).");
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var font = await File.ReadAllBytesAsync(DejaVuSerif);
        var summary = (await BrandingRulesTests.SetAsync(app, new BrandingInput { FontFamily = "House Serif", FontFile = font })).GetValueOrThrow();
        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var html = await RenderAsync(app, issued.Number, RenderFormat.Html, Encoding.UTF8.GetString);
        var pdf = await RenderAsync(app, issued.Number, RenderFormat.Pdf, bytes => bytes);

        Assert.Equal(("House Serif", "font/ttf", font.Length), (summary.FontFamily, summary.FontMediaType, summary.FontBytes));
        Assert.Contains($"@font-face {{ font-family: 'House Serif'; src: url(data:font/ttf;base64,{Convert.ToBase64String(font)}) format('truetype'); }}", html, StringComparison.Ordinal);
        Assert.Contains("font-family: House Serif, Liberation Sans", html, StringComparison.Ordinal);
        var fonts = await PdfFontsAsync(pdf);
        var dejaVu = fonts.Where(line => line.Contains("DejaVuSerif", StringComparison.Ordinal)).ToList();
        Assert.True(dejaVu.Count > 0, "pdffonts lists no DejaVuSerif font:\n" + string.Join('\n', fonts));
        // Columns: name type encoding emb sub uni object ID; the type may be two words ("CID TrueType").
        Assert.All(dejaVu, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
    }

    [Fact]
    public async Task RemovingTheUploadedFont_DropsTheFontFace_AndTheFamilyThatNamedIt()
    {
        Assert.True(File.Exists(DejaVuSerif), $"{DejaVuSerif} is missing: install the Debian package fonts-dejavu-core (test.sh does).");
        await using var app = await TestApp.StartAsync();
        var company = await app.CompanyAsync();
        (await BrandingRulesTests.SetAsync(app, new BrandingInput { FontFamily = "House Serif", FontFile = await File.ReadAllBytesAsync(DejaVuSerif) })).GetValueOrThrow();
        var keptWithFooter = (await BrandingRulesTests.SetAsync(app, new BrandingInput { FooterText = "x" })).GetValueOrThrow();

        var removed = (await BrandingRulesTests.SetAsync(app, new BrandingInput { RemoveFont = true })).GetValueOrThrow();
        var view = await app.Get<BrandingService>().ViewAsync(company.Id, null, default);

        Assert.Equal(("House Serif", "font/ttf"), (keptWithFooter.FontFamily, keptWithFooter.FontMediaType));
        Assert.Equal((null, null, 0), (removed.FontFamily, removed.FontMediaType, removed.FontBytes));
        Assert.Equal("", view.FontFaceCss);
        Assert.Equal(Facturation.Rendering.Documents.BrandingView.Default.FontFamily, view.FontFamily);
    }

    private static async Task<T> RenderAsync<T>(TestApp app, string number, RenderFormat format, Func<byte[], T> read)
    {
        var rendered = (await app.Get<DocumentRenderService>().RenderAsync(new RenderInput("acme", number, format), default)).GetValueOrThrow();
        Assert.Empty(rendered.BlockedUrls);
        return read(rendered.Content);
    }

    private static async Task<IReadOnlyList<string>> PdfFontsAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"facturation-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdffonts", [path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdffonts did not start (Debian package poppler-utils).");
            var errors = process.StandardError.ReadToEndAsync();
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await errors);
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
