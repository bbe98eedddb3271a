using Facturation.Domain.Documents;
using Facturation.Domain.Money;
using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Host.Cli.Documents;

/// <summary>
/// A document as <c>show</c> prints it. Once issued everything comes from the frozen snapshot (parties, lines,
/// VAT breakdown, totals, mentions); only the status and the amount credited since are read from the document.
/// A draft shows its lines as entered: totals are computed when it is issued.
/// </summary>
internal sealed record DocumentView
{
    public required Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Status { get; init; }

    public string? Number { get; init; }

    public DateOnly? IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public InvoicingPeriod? InvoicingPeriod { get; init; }

    public required string Currency { get; init; }

    public ExchangeRateView? ExchangeRate { get; init; }

    public PartyView? Seller { get; init; }

    public PartyView? Customer { get; init; }

    public string? PurchaseOrderReference { get; init; }

    public string? PaymentTerms { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<PrecedingView> PrecedingDocuments { get; init; } = [];

    public IReadOnlyList<DocumentLineView> Lines { get; init; } = [];

    public IReadOnlyList<AllowanceChargeView> AllowancesCharges { get; init; } = [];

    public IReadOnlyList<TaxSubtotalView> TaxBreakdown { get; init; } = [];

    public IReadOnlyList<DepositDeductionView> DepositDeductions { get; init; } = [];

    public DocumentTotalsView? Totals { get; init; }

    public IReadOnlyList<LegalMention> Mentions { get; init; } = [];

    public decimal Credited { get; init; }

    public IReadOnlyList<PluginStamp> Plugins { get; init; } = [];

    public static DocumentView Issued(Document document, DocumentSnapshot snapshot, string? customerCode, string? companyCode)
    {
        var business = snapshot.Document;
        return new DocumentView
        {
            Id = document.Id,
            Type = Tokens.Of(business.Type),
            Status = Tokens.Of(document.Status),
            Number = business.Number,
            IssueDate = business.IssueDate,
            DueDate = business.PaymentTerms?.DueDate,
            DeliveryDate = business.DeliveryDate,
            InvoicingPeriod = business.InvoicingPeriod,
            Currency = business.Currency.Value,
            ExchangeRate = business.AccountingExchangeRate is { } rate ? new ExchangeRateView(rate.Rate, rate.To.Value, rate.Date, rate.Source) : null,
            Seller = PartyView.From(business.Seller, companyCode),
            Customer = PartyView.From(business.Buyer, customerCode),
            PurchaseOrderReference = business.PurchaseOrderReference,
            PaymentTerms = business.PaymentTerms?.Description,
            Notes = business.Notes.Select(n => n.Text).ToList(),
            PrecedingDocuments = business.PrecedingDocuments.Select(PrecedingView.From).ToList(),
            Lines = snapshot.Lines.Select((line, i) => DocumentLineView.From(line, i + 1)).ToList(),
            AllowancesCharges = snapshot.AllowancesCharges.Select(AllowanceChargeView.From).ToList(),
            TaxBreakdown = snapshot.TaxBreakdown.Select(TaxSubtotalView.From).ToList(),
            DepositDeductions = snapshot.DepositDeductions.Select(DepositDeductionView.From).ToList(),
            Totals = DocumentTotalsView.From(snapshot.Totals),
            Mentions = snapshot.Mentions,
            Credited = Invariant.Amount(RoundingPolicy.FromMinorUnits(document.CreditedMinor)),
            Plugins = snapshot.Plugins,
        };
    }

    public static DocumentView Draft(Document document, Company? company, Customer? customer) => new()
    {
        Id = document.Id,
        Type = Tokens.Of(document.Type),
        Status = Tokens.Of(document.Status),
        DueDate = document.DueDate,
        DeliveryDate = document.DeliveryDate,
        InvoicingPeriod = document.InvoicingPeriodStart is { } start && document.InvoicingPeriodEnd is { } end ? new InvoicingPeriod(start, end) : null,
        Currency = document.Currency,
        ExchangeRate = document.ExchangeRate is { } rate
            ? new ExchangeRateView(rate, company?.AccountingCurrency, document.ExchangeRateDate, document.ExchangeRateSource)
            : null,
        Seller = company is null ? null : PartyView.From(company),
        Customer = customer is null ? null : PartyView.From(customer),
        PurchaseOrderReference = document.PurchaseOrderReference,
        PaymentTerms = document.PaymentTerms,
        Notes = document.Note is { Length: > 0 } note ? [note] : [],
        Lines = document.Lines.OrderBy(l => l.Position).Select(DocumentLineView.From).ToList(),
        AllowancesCharges = document.AllowancesCharges.OrderBy(a => a.Position).Select(AllowanceChargeView.From).ToList(),
    };
}
