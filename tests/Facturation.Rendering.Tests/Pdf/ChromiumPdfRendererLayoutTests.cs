using Facturation.Rendering.Pdf;

namespace Facturation.Rendering.Tests.Pdf;

[Collection(ChromiumTestGroup.Name)]
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public sealed class ChromiumPdfRendererLayoutTests(ChromiumFixture chromium)
{
    private readonly IPdfRenderer _renderer = chromium.Renderer;

    [Fact]
    public async Task Render_OnePageInvoice_IsAnA4PdfWithItsTextAndPageNumber()
    {
        var result = await _renderer.RenderAsync(new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("%PDF"u8.ToArray(), result.Pdf[..4].ToArray());
        var info = await PdfTools.InfoAsync(result.Pdf);
        Assert.Equal(1, info.Pages);
        // A4 is 595.28 × 841.89 pt; Chromium rounds the paper size a little.
        Assert.InRange(info.WidthPoints, 594.5, 596.5);
        Assert.InRange(info.HeightPoints, 841, 843);
        var page = Assert.Single(await PdfTools.PagesAsync(result.Pdf));
        Assert.Contains("Facture FA-2025-0042", page, StringComparison.Ordinal);
        Assert.Contains("Total TTC 1200.00 EUR", page, StringComparison.Ordinal);
        Assert.Contains("1 / 1", page, StringComparison.Ordinal);
        Assert.Empty(result.BlockedUrls);
    }

    [Fact]
    public async Task Render_LongTable_RepeatsTheHeaderRowAndNumbersEveryPage()
    {
        var result = await _renderer.RenderAsync(new PdfRenderRequest(SomeHtml.LongTable(300), "fr-FR"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var pages = await PdfTools.PagesAsync(result.Pdf);
        Assert.Equal((await PdfTools.InfoAsync(result.Pdf)).Pages, pages.Count);
        Assert.True(pages.Count >= 3, $"300 rows printed on {pages.Count} page(s)");
        for (var number = 1; number <= pages.Count; number++)
        {
            var page = pages[number - 1];
            Assert.Contains("Description", page, StringComparison.Ordinal);
            Assert.Contains("Unit price", page, StringComparison.Ordinal);
            Assert.Contains($"{number} / {pages.Count}", page, StringComparison.Ordinal);
        }
        Assert.Contains("Line 300", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Always_EmbedsEveryFont()
    {
        var result = await _renderer.RenderAsync(new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var fonts = await PdfTools.FontsAsync(result.Pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.Contains(fonts, font => font.Name.Contains("LiberationSans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_WithFooterText_PrintsItEscapedBesideThePageNumbers()
    {
        var request = new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR")
        {
            Footer = new PdfFooter(ShowPageNumbers: true, Text: "ACME SAS <b>capital 10 000 EUR</b>"),
        };

        var result = await _renderer.RenderAsync(request, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var page = Assert.Single(await PdfTools.PagesAsync(result.Pdf));
        Assert.Contains("ACME SAS <b>capital 10 000 EUR</b>", page, StringComparison.Ordinal);
        Assert.Contains("1 / 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithFooterTextThatTriesToLeaveTheStyleSheet_PrintsItAsTextAndAsksForNothing()
    {
        const string hostile = "x\"; } </style><img src=\"http://example.com/a.png\"><style>@page { margin: 0 }";
        var request = new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR") { Footer = new PdfFooter(ShowPageNumbers: true, Text: hostile) };

        var result = await _renderer.RenderAsync(request, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.BlockedUrls);
        var page = Assert.Single(await PdfTools.PagesAsync(result.Pdf));
        Assert.True(page.Contains("</style><img", StringComparison.Ordinal) && page.Contains("1 / 1", StringComparison.Ordinal), page);
    }

    [Fact]
    public async Task Render_WithoutFooter_PrintsNoPageNumbers()
    {
        var request = new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR") { Footer = PdfFooter.None };

        var result = await _renderer.RenderAsync(request, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var page = Assert.Single(await PdfTools.PagesAsync(result.Pdf));
        Assert.Contains("Facture FA-2025-0042", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1 / 1", page, StringComparison.Ordinal);
    }
}
