using System.Globalization;
using Facturation.Application.Rendering;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.Rendering;

/// <summary>Issued documents printed to PDF by Debian's Chromium and read back with pdftotext.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public class PdfRenderTests
{
    [Fact]
    public async Task EveryDocumentType_InFrenchAndEnglish_PrintsNumberDatesPartiesVatTotalsAndMentions()
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var issued = await RenderedDocuments.IssueEveryTypeAsync(app);

        foreach (var language in new[] { "fr", "en" })
        {
            var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
            foreach (var (type, document) in issued)
            {
                var text = Flat(string.Join('\n', await PagesAsync(app, document.Number, language)));
                var what = $"{document.Number} ({language})";

                Assert.True(text.Contains(document.Number, StringComparison.Ordinal), what);
                Assert.True(text.Contains(document.Snapshot.Document.IssueDate.ToString("d MMMM yyyy", culture), StringComparison.Ordinal), what + ": issue date");
                Assert.True(text.Contains("Atelier Dupont SAS", StringComparison.Ordinal) && text.Contains("Client Martin SARL", StringComparison.Ordinal), what + ": parties");
                Assert.True(text.Contains("1 / 1", StringComparison.Ordinal), what + ": page number");
                if (type == DocumentType.DeliveryNote)
                    continue;
                foreach (var row in document.Snapshot.TaxBreakdown)
                {
                    Assert.True(text.Contains(row.TaxableAmount.Amount.ToString("N2", culture), StringComparison.Ordinal), $"{what}: base at {row.RatePercent} %");
                    Assert.True(text.Contains(row.TaxAmount.Amount.ToString("N2", culture), StringComparison.Ordinal), $"{what}: VAT at {row.RatePercent} %");
                }
                Assert.True(text.Contains(document.Snapshot.Totals.TaxInclusiveAmount.Amount.ToString("N2", culture), StringComparison.Ordinal), what + ": total");
                Assert.All(document.Snapshot.Mentions, m => Assert.True(text.Contains(Flat(m.Text), StringComparison.Ordinal), $"{what}: mention {m.Code}"));
            }
        }
    }

    [Fact]
    public async Task TenLineInvoice_AtTwoRatesWithDiscounts_FitsOneA4Page_WithTheScribanDefaultLayout()
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var lines = Enumerable.Range(1, 10).Select(i => i % 3 == 0
            ? RenderedDocuments.Book with { Description = $"Guide pratique de la facturation, tome {i}" }
            : RenderedDocuments.Service with { Description = $"Conseil en organisation, phase {i}", DiscountPercent = i % 4 == 1 ? 5m : null }).ToArray();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines: lines)).Id);

        var pages = await PagesAsync(app, invoice.Number, "fr");

        var page = Flat(Assert.Single(pages));
        Assert.Contains("1 / 1", page, StringComparison.Ordinal);
        Assert.Contains("Conseil en organisation, phase 10", page, StringComparison.Ordinal);
        Assert.Contains("Net à payer", page, StringComparison.Ordinal);
        Assert.Contains(Flat(invoice.Snapshot.Totals.AmountDue.Amount.ToString("N2", CultureInfo.GetCultureInfo("fr-FR"))), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreeHundredLineInvoice_RunsOverSeveralPages_WithNumbersRepeatedHeadersAndTotalsOnTheLastPage()
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var lines = Enumerable.Range(1, 300).Select(i => new Documents.LineInput
        {
            Description = $"Article numéro {i}", Quantity = 1m, UnitPrice = 1m, Nature = LineNature.Goods,
        }).ToArray();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines: lines)).Id);

        var pages = await PagesAsync(app, invoice.Number, "fr");

        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"{i + 1} / {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains("Désignation", pages[i], StringComparison.Ordinal);
        }
        Assert.Contains("Article numéro 300", Flat(string.Join('\n', pages)), StringComparison.Ordinal);
        Assert.Contains("Net à payer", pages[^1], StringComparison.Ordinal);
        Assert.Contains("360,00", pages[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Net à payer", pages[0], StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> PagesAsync(TestApp app, string number, string language)
    {
        var rendered = (await app.Get<DocumentRenderService>().RenderAsync(
            new RenderInput("acme", number, RenderFormat.Pdf) { Language = language }, default)).GetValueOrThrow();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(rendered.Content, 0, 4));
        Assert.Empty(rendered.BlockedUrls);
        return await PdfText.PagesAsync(rendered.Content);
    }

    // pdftotext -layout breaks long mentions over lines and pads columns: compare with single spaces.
    private static string Flat(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\u00a0', '\u202f'], StringSplitOptions.RemoveEmptyEntries));
}
