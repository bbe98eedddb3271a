using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Rendering;
using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.Rendering;

/// <summary>Issued documents of every type for one company, to render.</summary>
internal static class RenderedDocuments
{
    public static readonly LineInput Service = new() { Description = "Conseil en organisation", Quantity = 2m, UnitPrice = 100m, UnitCode = "HUR", Nature = LineNature.Service };
    public static readonly LineInput Book = new() { Description = "Guide pratique", Quantity = 3m, UnitPrice = 20m, TaxClass = "reduced", Nature = LineNature.Goods };

    /// <summary>An invoice (20 % and 5.5 %), its credit note, a quote, a deposit invoice and a delivery note, by type.</summary>
    public static async Task<Dictionary<DocumentType, IssuedDocument>> IssueEveryTypeAsync(TestApp app)
    {
        var issued = new Dictionary<DocumentType, IssuedDocument>
        {
            [DocumentType.Invoice] = await app.IssueAsync((await app.DraftAsync(lines: [Service, Book])).Id),
        };
        issued[DocumentType.CreditNote] = await app.IssueAsync(
            (await app.Get<CreditNoteService>().CreateAsync("acme", issued[DocumentType.Invoice].Number, full: true, default)).GetValueOrThrow().Id);
        issued[DocumentType.Quote] = await app.IssueAsync((await app.DraftAsync(DocumentType.Quote, lines: [Service, Book])).Id);
        await app.Get<QuoteService>().DecideAsync("acme", issued[DocumentType.Quote].Number, DocumentAction.Accept, default);
        issued[DocumentType.DepositInvoice] = await app.IssueAsync(
            (await app.Get<DepositService>().CreateAsync("acme", issued[DocumentType.Quote].Number, 30m, default)).GetValueOrThrow().Id);
        issued[DocumentType.DeliveryNote] = await app.IssueAsync((await app.DraftAsync(DocumentType.DeliveryNote, lines: [Book])).Id);
        return issued;
    }

    public static async Task<string> HtmlAsync(TestApp app, string number, string language)
    {
        var rendered = (await app.Get<DocumentRenderService>().RenderAsync(
            new RenderInput("acme", number, RenderFormat.Html) { Language = language }, default)).GetValueOrThrow();
        return System.Text.Encoding.UTF8.GetString(rendered.Content);
    }
}
