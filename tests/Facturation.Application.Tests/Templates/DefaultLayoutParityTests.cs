using System.Net;
using Facturation.Application.Documents;
using Facturation.Application.Plugins;
using Facturation.Application.Tests.Rendering;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Tests.Templates;

/// <summary>
/// The Scriban default layouts print what the Handlebars ones printed, byte for byte: a document issued while the
/// Handlebars layouts were the defaults renders the same now that the Scriban ones are.
/// </summary>
public class DefaultLayoutParityTests
{
    private static readonly BrandingView Branded = new("#aa3300", "#fef6e4", "DejaVu Serif, Liberation Sans, DejaVu Sans, sans-serif")
    {
        LogoDataUri = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
        FontFaceCss = "@font-face { font-family: 'Maison'; src: url(data:font/ttf;base64,AAEAAAAKAIAAAwAg==) format('truetype'); }",
        FooterText = "Merci <b>&</b> à bientôt = \"l'atelier\" `ACME`",
    };

    [Fact]
    public async Task EveryLayoutAndLanguage_WithAndWithoutBranding_PrintsTheSameBytesWithScribanAsWithHandlebars()
    {
        await using var app = await TestApp.StartAsync();
        await France.FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var issued = (await RenderedDocuments.IssueEveryTypeAsync(app)).Values.ToList();
        issued.Add(await RichInvoiceAsync(app));
        issued.Add(await FinalInvoiceAfterADepositAsync(app));
        var extensions = app.Get<ExtensionRegistry>();
        var html = app.Get<HtmlRenderer>();
        var compared = 0;

        foreach (var document in issued)
        {
            var own = DocumentViewBuilder.LayoutOf(document.Snapshot.Document.Type);
            var layouts = document.Snapshot.Document.Type is DocumentType.Invoice or DocumentType.DepositInvoice ? new[] { own, LayoutNames.PaymentReminder } : [own];
            foreach (var layout in layouts)
            foreach (var language in LayoutLanguage.Supported)
            foreach (var branding in new[] { BrandingView.Default, Branded })
            {
                var view = DocumentViewBuilder.Build(new DocumentViewRequest(document.Snapshot, LayoutLanguage.Find(language)!, branding)
                {
                    Layout = layout,
                    QrCodeDataUri = "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
                    ReminderDate = document.Snapshot.Document.IssueDate.AddDays(45),
                });
                var handlebars = await RenderAsync(extensions, html, "handlebars", layout, language, view);
                var scriban = await RenderAsync(extensions, html, "scriban", layout, language, view);

                // Handlebars.Net writes an indented standalone partial ("  {{> totals}}") without escaping it: the
                // Scriban layouts escape every value, so the pages are equal once the entities are read. The stylesheets
                // differ on purpose: the Scriban one is tighter (Scriban plugin's README), the Handlebars one never changes.
                Assert.Equal(WebUtility.HtmlDecode(WithoutStylesheet(handlebars)), WebUtility.HtmlDecode(WithoutStylesheet(scriban)));
                Assert.Contains(branding.PrimaryColor, scriban, StringComparison.Ordinal);
                Assert.DoesNotContain(">Montant de l'avoir", scriban, StringComparison.Ordinal);
                Assert.Contains(document.Number, scriban, StringComparison.Ordinal);
                compared++;
            }
        }
        var invoices = issued.Count(d => d.Snapshot.Document.Type is DocumentType.Invoice or DocumentType.DepositInvoice);
        Assert.Equal(2 * 2 * (issued.Count + invoices), compared);
    }

    private static string WithoutStylesheet(string html)
    {
        var start = html.IndexOf("<style>", StringComparison.Ordinal);
        var end = html.IndexOf("</style>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "a stylesheet in the page");
        return html[..start] + html[(end + "</style>".Length)..];
    }

    // A final invoice deducting a 30 % deposit: the deposits table under the totals.
    private static async Task<Issuing.IssuedDocument> FinalInvoiceAfterADepositAsync(TestApp app)
    {
        var documents = app.Get<DocumentService>();
        var draft = (await documents.CreateDraftAsync("acme", new DraftInput { Type = DocumentType.Quote, CustomerCode = "C001" }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, RenderedDocuments.Service, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, RenderedDocuments.Book, default)).GetValueOrThrow();
        var quote = await app.IssueAsync(draft.Id);
        var quotes = app.Get<QuoteService>();
        (await quotes.DecideAsync("acme", quote.Number, Facturation.Domain.Lifecycle.DocumentAction.Accept, default)).GetValueOrThrow();
        var deposit = (await app.Get<DepositService>().CreateAsync("acme", quote.Number, 30m, default)).GetValueOrThrow();
        await app.IssueAsync(deposit.Id);
        var final = (await quotes.ConvertAsync("acme", quote.Number, default)).GetValueOrThrow();
        var issued = await app.IssueAsync(final.Id);
        Assert.NotEmpty(issued.Snapshot.DepositDeductions);
        return issued;
    }

    // Everything a layout can show: discounts, a line note, allowances and charges, notes, an order reference, text that
    // needs escaping.
    private static async Task<Issuing.IssuedDocument> RichInvoiceAsync(TestApp app)
    {
        var documents = app.Get<DocumentService>();
        var draft = (await documents.CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "C001", PurchaseOrderReference = "PO <42> & 'co'", Note = "Livraison = \"atelier\"", PaymentTerms = "30 jours `net`",
            DeliveryDate = new DateOnly(2026, 3, 2),
        }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, new LineInput { Description = "Conseil <senior> & 'associé'", Quantity = 1.5m, UnitPrice = 120.1234m, Discount = 10m, UnitCode = "HUR" }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, RenderedDocuments.Book, default)).GetValueOrThrow();
        (await documents.AddAllowanceChargeAsync(draft.Id, new AllowanceChargeInput { Reason = "Remise fidélité", Amount = 5m }, default)).GetValueOrThrow();
        (await documents.AddAllowanceChargeAsync(draft.Id, new AllowanceChargeInput { Reason = "Frais de port", Amount = 8m, IsCharge = true }, default)).GetValueOrThrow();
        return await app.IssueAsync(draft.Id);
    }

    private static async Task<string> RenderAsync(ExtensionRegistry extensions, HtmlRenderer html, string engineId, string layout, string language, DocumentView view)
    {
        var (key, source) = extensions.DefaultLayout(layout, language, engineId)!.Value;
        Assert.Equal(engineId, key.EngineId);
        var result = await html.RenderAsync(extensions.TemplateEngine(engineId)!, source, view, RenderLimits.Default, default);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Html!;
    }
}
