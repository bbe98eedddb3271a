using Facturation.Domain.Catalogue;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Interchange.Writing;

/// <summary>
/// What an export writes, in its deterministic order: companies by code; customers and items by company code then code;
/// drafts by company code, creation instant, source id; numbered documents by company code, issue date, number.
/// </summary>
internal sealed class ExportSelection
{
    public required IReadOnlyList<Company> Companies { get; init; }

    public required IReadOnlyList<(Customer Customer, string CompanyCode)> Customers { get; init; }

    public required IReadOnlyList<(CatalogItem Item, string CompanyCode)> Items { get; init; }

    public required IReadOnlyList<(Document Document, string CompanyCode, string CustomerCode)> Drafts { get; init; }

    public required IReadOnlyList<(Document Document, string CompanyCode, string CustomerCode)> Issued { get; init; }

    public required IReadOnlyList<string> NotExported { get; init; }

    public static async Task<ExportSelection> LoadAsync(FacturationDbContext db, IReadOnlyList<Company> companies, CancellationToken cancellationToken)
    {
        var codes = companies.ToDictionary(c => c.Id, c => c.Code);
        var ids = codes.Keys.ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.CompanyId)).ToListAsync(cancellationToken);
        var items = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.CompanyId)).ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.CompanyId)).ToListAsync(cancellationToken);
        var customerCodes = customers.ToDictionary(c => c.Id, c => c.Code);
        var quotesWithDeposits = documents.Where(d => d.Type == DocumentType.DepositInvoice && d.SourceQuoteId is not null)
            .Select(d => d.SourceQuoteId!.Value).ToHashSet();
        var drafts = new List<(Document, string, string)>();
        var notExported = new List<string>();
        foreach (var draft in documents.Where(d => d.Status == DocumentStatus.Draft)
            .OrderBy(d => codes[d.CompanyId], StringComparer.Ordinal).ThenBy(d => d.CreatedAt).ThenBy(d => SourceKey.Of(d.SourceId, d.Id), StringComparer.Ordinal))
        {
            if (Unsupported(draft, quotesWithDeposits) is { } reason)
                notExported.Add($"draft {SourceKey.Of(draft.SourceId, draft.Id)} of company '{codes[draft.CompanyId]}': {reason}");
            else
                drafts.Add((draft, codes[draft.CompanyId], customerCodes[draft.CustomerId]));
        }
        return new ExportSelection
        {
            Companies = companies.OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
            Customers = customers.Select(c => (c, codes[c.CompanyId])).OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.c.Code, StringComparer.Ordinal).ToList(),
            Items = items.Select(i => (i, codes[i.CompanyId])).OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.i.Code, StringComparer.Ordinal).ToList(),
            Drafts = drafts,
            Issued = documents.Where(d => d.Status != DocumentStatus.Draft)
                .OrderBy(d => codes[d.CompanyId], StringComparer.Ordinal).ThenBy(d => d.IssueDate).ThenBy(d => d.Number, StringComparer.Ordinal)
                .Select(d => (d, codes[d.CompanyId], customerCodes[d.CustomerId])).ToList(),
            NotExported = notExported,
        };
    }

    // The format carries what a person can enter; host-written content is made again by the operation that makes it.
    // A final invoice draft deducts its quote's deposits when issued, through the link to the quote the format does not
    // carry: imported, it would bill the whole sale again.
    private static string? Unsupported(Document draft, HashSet<Guid> quotesWithDeposits) =>
        draft.Type == DocumentType.CreditNote ? "a credit note is created from the invoice it corrects (credit command), not imported"
        : draft.Lines.Any(l => l.Kind != LineKind.Ordinary) ? "it holds deposit lines written by the host, which the format does not carry"
        : draft.SourceQuoteId is { } quote && quotesWithDeposits.Contains(quote) ? "it is the final invoice of a quote with deposits, which it deducts through a link the format does not carry"
        : null;
}
