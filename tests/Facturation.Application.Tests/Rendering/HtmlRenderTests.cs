using System.Globalization;
using System.Net;
using Facturation.Application.Rendering;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.Rendering;

/// <summary>Every document type rendered to HTML in French and English through the bundled Handlebars plugin and its default layouts.</summary>
public class HtmlRenderTests
{
    [Theory]
    [InlineData("fr", "Facture", "Avoir", "Devis", "Facture d'acompte", "Bon de livraison", "Récapitulatif de TVA")]
    [InlineData("en", "Invoice", "Credit note", "Quote", "Deposit invoice", "Delivery note", "VAT breakdown")]
    public async Task EveryDocumentType_RendersItsTitleNumberPartiesVatAndTotals(
        string language, string invoice, string creditNote, string quote, string deposit, string deliveryNote, string vatHeading)
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var issued = await RenderedDocuments.IssueEveryTypeAsync(app);
        var titles = new Dictionary<DocumentType, string>
        {
            [DocumentType.Invoice] = invoice, [DocumentType.CreditNote] = creditNote, [DocumentType.Quote] = quote,
            [DocumentType.DepositInvoice] = deposit, [DocumentType.DeliveryNote] = deliveryNote,
        };

        foreach (var (type, document) in issued)
        {
            var html = WebUtility.HtmlDecode(await RenderedDocuments.HtmlAsync(app, document.Number, language));
            var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");

            Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<h1>{titles[type]}</h1>", html, StringComparison.Ordinal);
            Assert.Contains(document.Number, html, StringComparison.Ordinal);
            Assert.Contains("Atelier Dupont SAS", html, StringComparison.Ordinal);
            Assert.Contains("Client Martin SARL", html, StringComparison.Ordinal);
            if (type == DocumentType.DeliveryNote)
            {
                Assert.DoesNotContain(vatHeading, html, StringComparison.Ordinal);
                continue;
            }
            Assert.Contains(vatHeading, html, StringComparison.Ordinal);
            foreach (var row in document.Snapshot.TaxBreakdown)
            {
                Assert.Contains(row.TaxableAmount.Amount.ToString("N2", culture), html, StringComparison.Ordinal);
                Assert.Contains(row.TaxAmount.Amount.ToString("N2", culture), html, StringComparison.Ordinal);
            }
            Assert.Contains(document.Snapshot.Totals.TaxInclusiveAmount.Amount.ToString("N2", culture), html, StringComparison.Ordinal);
            Assert.All(document.Snapshot.Mentions, m => Assert.Contains(m.Text, html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task EnglishLayout_KeepsTheFrenchLegalMentions_AndShowsTheSepaQrCodeAndReference()
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync(lines: [RenderedDocuments.Service])).Id);

        var html = WebUtility.HtmlDecode(await RenderedDocuments.HtmlAsync(app, invoice.Number, "en"));

        Assert.Contains("Pas d'escompte pour paiement anticipé.", html, StringComparison.Ordinal);
        Assert.Contains("Scan with your banking app to pay", html, StringComparison.Ordinal);
        Assert.Contains("data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        var reference = invoice.Snapshot.Document.PaymentTerms!.CreditorReference!;
        Assert.Contains(string.Join(' ', reference.Chunk(4).Select(c => new string(c))), html, StringComparison.Ordinal);
        Assert.Contains("€240.00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_IsNotRendered_AndAnUnknownLanguageIsRefusedByName()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = await app.DraftAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);
        var renderer = app.Get<DocumentRenderService>();

        var fromDraft = await renderer.RenderAsync(new RenderInput("acme", draft.Id.ToString(), RenderFormat.Html), default);
        var inGerman = await renderer.RenderAsync(new RenderInput("acme", invoice.Number, RenderFormat.Html) { Language = "de" }, default);

        Assert.Equal("render.draft", Assert.Single(fromDraft.Problems).Code);
        Assert.Equal(("render.language", "Language"), (Assert.Single(inGerman.Problems).Code, Assert.Single(inGerman.Problems).Field));
    }

    [Theory]
    [InlineData("fr", "Relance de paiement", "16 jours après son échéance")]
    [InlineData("en", "Payment reminder", "16 days after its due date")]
    public async Task PaymentReminder_OfAnUnpaidInvoice_SaysHowLateItIs_AndIsRefusedForACreditNote(string language, string title, string late)
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var issued = await RenderedDocuments.IssueEveryTypeAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(46));
        var renderer = app.Get<DocumentRenderService>();

        var reminder = await renderer.RenderAsync(new RenderInput("acme", issued[DocumentType.Invoice].Number, RenderFormat.Html)
        {
            Language = language, Layout = "payment-reminder",
        }, default);
        var ofCredit = await renderer.RenderAsync(new RenderInput("acme", issued[DocumentType.CreditNote].Number, RenderFormat.Html)
        {
            Layout = "payment-reminder",
        }, default);

        var html = WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(reminder.GetValueOrThrow().Content));
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(late, html, StringComparison.Ordinal);
        Assert.Contains(issued[DocumentType.Invoice].Number, html, StringComparison.Ordinal);
        Assert.Equal(("render.layout", "Layout"), (Assert.Single(ofCredit.Problems).Code, Assert.Single(ofCredit.Problems).Field));
    }
}
