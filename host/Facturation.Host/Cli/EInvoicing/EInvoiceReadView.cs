using Facturation.Application.EInvoicing;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Documents;

namespace Facturation.Host.Cli.EInvoicing;

/// <summary>A received e-invoice as <c>einvoice read</c> prints it: what the file states, then what in it breaks the rules.</summary>
internal sealed record EInvoiceReadView
{
    public required string File { get; init; }

    public required string Format { get; init; }

    public string? Profile { get; init; }

    public required string Type { get; init; }

    public string? Number { get; init; }

    public DateOnly IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public required string Currency { get; init; }

    public ExchangeRateView? ExchangeRate { get; init; }

    public required PartyView Seller { get; init; }

    public required PartyView Buyer { get; init; }

    public string? BuyerReference { get; init; }

    public string? PurchaseOrderReference { get; init; }

    public string? PaymentTerms { get; init; }

    public IReadOnlyList<PrecedingView> PrecedingDocuments { get; init; } = [];

    public IReadOnlyList<DocumentLineView> Lines { get; init; } = [];

    public IReadOnlyList<AllowanceChargeView> AllowancesCharges { get; init; } = [];

    public IReadOnlyList<TaxSubtotalView> TaxBreakdown { get; init; } = [];

    public required DocumentTotalsView Totals { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<ProblemView> Problems { get; init; } = [];

    public static EInvoiceReadView From(ReceivedEInvoice received, string file)
    {
        ArgumentNullException.ThrowIfNull(received);
        var snapshot = received.Snapshot;
        var business = snapshot.Document;
        return new EInvoiceReadView
        {
            File = file,
            Format = received.FormatId,
            Profile = received.Profile,
            Type = Tokens.Of(business.Type),
            Number = business.Number,
            IssueDate = business.IssueDate,
            DueDate = business.PaymentTerms?.DueDate,
            DeliveryDate = business.DeliveryDate,
            Currency = business.Currency.Value,
            ExchangeRate = business.AccountingExchangeRate is { } rate ? new ExchangeRateView(rate.Rate, rate.To.Value, rate.Date, rate.Source) : null,
            Seller = PartyView.From(business.Seller, null),
            Buyer = PartyView.From(business.Buyer, null),
            BuyerReference = business.BuyerReference,
            PurchaseOrderReference = business.PurchaseOrderReference,
            PaymentTerms = business.PaymentTerms?.Description,
            PrecedingDocuments = business.PrecedingDocuments.Select(PrecedingView.From).ToList(),
            Lines = snapshot.Lines.Select((line, i) => DocumentLineView.From(line, i + 1)).ToList(),
            AllowancesCharges = snapshot.AllowancesCharges.Select(AllowanceChargeView.From).ToList(),
            TaxBreakdown = snapshot.TaxBreakdown.Select(TaxSubtotalView.From).ToList(),
            Totals = DocumentTotalsView.From(snapshot.Totals),
            Notes = business.Notes.Select(n => n.Text).ToList(),
            Problems = received.Problems.Select(ProblemView.From).ToList(),
        };
    }
}
