using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Plugins;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Money;
using Facturation.Persistence;
using Facturation.Persistence.Audit;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>Drafts: create, add lines and allowances, delete; and reading documents. Issuing is <see cref="Issuing.IssueService"/>.</summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins, to check tax classes against the company's regime.</param>
/// <param name="time">Clock.</param>
public sealed class DocumentService(IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, TimeProvider time)
{
    /// <summary>Starts a draft.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="input">Header.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft or the problems.</returns>
    public async Task<Outcome<Document>> CreateDraftAsync(string companyCode, DraftInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Code == companyCode, cancellationToken);
        if (company is null)
            return Outcome<Document>.Failure(CompanyService.NotFound(companyCode).Problems);
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.CompanyId == company.Id && c.Code == input.CustomerCode, cancellationToken);
        var currency = input.Currency ?? customer?.Currency ?? company.AccountingCurrency;
        var validator = new Validator()
            .When(customer is null, "CustomerCode", "customer.not-found", $"No customer with code '{input.CustomerCode}'.")
            .When(customer?.ArchivedAt is not null, "CustomerCode", "customer.archived", $"Customer '{input.CustomerCode}' is archived.")
            .When(input.Type == DocumentType.CreditNote, "Type", "creditnote.from-invoice", "A credit note is created from the invoice it corrects (credit command).")
            .When(!CodeLists.IsCurrency(currency), "Currency", "code.currency", $"Currency '{currency}' is not an ISO 4217 code.")
            .When(currency != company.AccountingCurrency && input.ExchangeRate is null, "ExchangeRate", "exchange-rate.required",
                $"A {currency} document needs the exchange rate to {company.AccountingCurrency} (with its date and source).")
            .When(input.ExchangeRate is <= 0, "ExchangeRate", "exchange-rate.not-positive", "ExchangeRate must be above zero.")
            .When(input.DueDate is not null && input.DeliveryDate is not null && input.DueDate < input.DeliveryDate, "DueDate", "date.order", "DueDate cannot be before DeliveryDate.")
            .DraftEntries(input)
            .Add(InvoicingPeriodRules.Check(input.InvoicingPeriodStart, input.InvoicingPeriodEnd));
        if (!validator.IsValid)
            return Outcome<Document>.Failure(validator.Problems);
        var document = new Document
        {
            CompanyId = company.Id,
            Type = input.Type,
            CustomerId = customer!.Id,
            Currency = currency,
            ExchangeRate = currency == company.AccountingCurrency ? null : input.ExchangeRate,
            ExchangeRateDate = currency == company.AccountingCurrency ? null : input.ExchangeRateDate ?? Clock.Today(time, company.TimeZone),
            ExchangeRateSource = currency == company.AccountingCurrency ? null : input.ExchangeRateSource ?? "entered by user",
            DeliveryDate = input.DeliveryDate,
            InvoicingPeriodStart = input.InvoicingPeriodStart,
            InvoicingPeriodEnd = input.InvoicingPeriodEnd,
            DueDate = input.DueDate,
            PurchaseOrderReference = input.PurchaseOrderReference,
            PaymentTerms = input.PaymentTerms,
            Note = input.Note,
            CreatedAt = time.GetUtcNow(),
            SourceId = input.SourceId,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(document);
    }

    /// <summary>Adds a line to a draft.</summary>
    /// <param name="documentId">Draft.</param>
    /// <param name="input">Line.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft or the problems.</returns>
    public async Task<Outcome<Document>> AddLineAsync(Guid documentId, LineInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (document, refused) = await LoadForAsync(db, documentId, DocumentAction.Edit, cancellationToken);
        if (refused is not null)
            return refused;
        var item = input.ItemCode is null ? null
            : await db.CatalogItems.SingleOrDefaultAsync(i => i.CompanyId == document.CompanyId && i.Code == input.ItemCode, cancellationToken);
        if (input.ItemCode is not null && item is null)
            return Outcome<Document>.Failure("item.not-found", $"No item with code '{input.ItemCode}'.", "ItemCode");
        var line = new DraftLine
        {
            Position = document.Lines.Count + 1,
            ItemCode = item?.Code,
            Description = input.Description ?? item?.Description ?? "",
            Quantity = input.Quantity,
            UnitCode = input.UnitCode ?? item?.UnitCode ?? "C62",
            UnitPrice = input.UnitPrice ?? item?.UnitPrice ?? 0m,
            Discount = input.DiscountPercent is { } percent
                ? AmountRules.PercentOfLine(input.Quantity, input.UnitPrice ?? item?.UnitPrice ?? 0m, percent)
                : input.Discount,
            Nature = input.Nature ?? item?.Nature ?? LineNature.Service,
            TaxClass = input.TaxClass ?? item?.TaxClass ?? TaxClass.Standard.Value,
        };
        var field = $"Lines[{document.Lines.Count}]";
        var validator = LineRules.Check(line, field)
            .When(input.DiscountPercent is < 0 or > 100, "DiscountPercent", "range", "DiscountPercent must be between 0 and 100.")
            .When(item?.ArchivedAt is not null, "ItemCode", "item.archived", $"Item '{input.ItemCode}' is archived.")
            .KnownTaxClass(await ExtensionsAsync(db, document, cancellationToken), line.TaxClass, field + ".TaxClass");
        if (!validator.IsValid)
            return Outcome<Document>.Failure(validator.Problems);
        document.Lines.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(document);
    }

    /// <summary>Adds a document-level allowance or charge; a percentage becomes one per rate class of the lines.</summary>
    /// <param name="documentId">Draft.</param>
    /// <param name="input">Allowance or charge.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft or the problems.</returns>
    public async Task<Outcome<Document>> AddAllowanceChargeAsync(Guid documentId, AllowanceChargeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (document, refused) = await LoadForAsync(db, documentId, DocumentAction.Edit, cancellationToken);
        if (refused is not null)
            return refused;
        var validator = new Validator()
            .Required(input.Reason, "Reason")
            .Description(input.Reason, "Reason")
            .When(input.Amount is null == input.Percentage is null, "Amount", "allowance.amount-or-percentage", "Give either Amount (with TaxClass) or Percentage.")
            .When(input.Amount is <= 0, "Amount", "amount.not-positive", "Amount must be above zero.")
            .Amount(input.Amount, "Amount")
            .When(input.Percentage is <= 0 or > 100, "Percentage", "range", "Percentage must be above 0 and at most 100.")
            .When(input.Percentage is not null && document.Lines.Count == 0, "Percentage", "allowance.no-lines", "A percentage needs lines to apply to; add the lines first.")
            .When(input.Amount is not null && !TaxClassRules.IsTaxClass(input.TaxClass ?? TaxClass.Standard.Value), "TaxClass", "taxclass.format", "TaxClass must be a lower-case token.");
        if (input.Amount is not null)
            validator.KnownTaxClass(await ExtensionsAsync(db, document, cancellationToken), input.TaxClass ?? TaxClass.Standard.Value, "TaxClass");
        if (!validator.IsValid)
            return Outcome<Document>.Failure(validator.Problems);
        foreach (var charge in AllowanceSplit.Split(document, input))
            document.AllowancesCharges.Add(charge);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(document);
    }

    /// <summary>Deletes a draft, leaving an audit trace. Numbered documents are never deleted.</summary>
    /// <param name="documentId">Draft.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The deleted draft or the problems.</returns>
    public async Task<Outcome<Document>> DeleteDraftAsync(Guid documentId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (document, refused) = await LoadForAsync(db, documentId, DocumentAction.Delete, cancellationToken);
        if (refused is not null)
            return refused;
        db.Documents.Remove(document);
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow(), Actor = actor, Action = "document.draft-deleted", CompanyId = document.CompanyId, EntityId = document.Id,
            Detail = System.Text.Json.JsonSerializer.Serialize(new { document.Type, Lines = document.Lines.Count }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(document);
    }

    /// <summary>Finds a document by id, or by number within a company.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="reference">Guid or number.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The document or a not-found problem.</returns>
    public async Task<Outcome<Document>> FindAsync(string companyCode, string reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The company by its code, then its document through the (company, number) index; two plain predicates, not
        // one with a condition in it, so each query is index look-ups only.
        var inCompany = db.Companies.Where(c => c.Code == companyCode)
            .Join(db.Documents.AsNoTracking(), c => c.Id, d => d.CompanyId, (c, d) => d);
        var document = Guid.TryParse(reference, out var id)
            ? await inCompany.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            : await inCompany.SingleOrDefaultAsync(d => d.Number == reference, cancellationToken);
        return document is null
            ? Outcome<Document>.Failure("document.not-found", $"No document '{reference}' in company '{companyCode}'.", "Document")
            : Outcome<Document>.Success(document);
    }

    /// <summary>Lists documents; filtering and sorting run in the database (amounts as minor units).</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="filter">Filter.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The rows.</returns>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(string companyCode, DocumentFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = DocumentQueries.Filter(db, companyCode, filter);
        return await query.Take(Math.Clamp(filter.Limit, 1, 10_000))
            .Join(db.Customers, d => d.CustomerId, c => c.Id, (d, c) => new { d, c })
            .Select(x => new DocumentSummary(x.d.Id, x.d.Type, x.d.Status, x.d.Number, x.d.IssueDate, x.c.Code, x.c.Name, x.d.Currency,
                x.d.TaxExclusiveMinor / 100m, x.d.TaxTotalMinor / 100m, x.d.TaxInclusiveMinor / 100m))
            .ToListAsync(cancellationToken);
    }

    // The company's regime and settings, to refuse a tax class it does not know where it is entered; null when its
    // plugins do not load (issuing then says why).
    private async Task<CompanyExtensions?> ExtensionsAsync(FacturationDbContext db, Document document, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == document.CompanyId, cancellationToken);
        return extensions.For(company) is { Succeeded: true } found ? found.Value : null;
    }

    // The draft a use case changes, or why it may not: not found, or the lifecycle forbids the action.
    private static async Task<(Document Document, Outcome<Document>? Refused)> LoadForAsync(
        FacturationDbContext db, Guid documentId, DocumentAction action, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
            return (null!, NotFound(documentId));
        return document.Check(action) is { } forbidden ? (document, Outcome<Document>.Failure([forbidden])) : (document, null);
    }

    private static Outcome<Document> NotFound(Guid id) =>
        Outcome<Document>.Failure("document.not-found", $"No document with id {id}.", "Document");
}
