using Facturation.Sdk.Documents;

namespace Facturation.Application.Documents;

/// <summary>What a person gives to start a draft document.</summary>
public sealed record DraftInput
{
    /// <summary>Document type.</summary>
    public DocumentType Type { get; init; } = DocumentType.Invoice;

    /// <summary>Customer code.</summary>
    public string CustomerCode { get; init; } = "";

    /// <summary>Currency; the customer's when absent.</summary>
    public string? Currency { get; init; }

    /// <summary>Exchange rate to the accounting currency (required when the currencies differ).</summary>
    public decimal? ExchangeRate { get; init; }

    /// <summary>Date of the exchange rate.</summary>
    public DateOnly? ExchangeRateDate { get; init; }

    /// <summary>Source of the exchange rate.</summary>
    public string? ExchangeRateSource { get; init; }

    /// <summary>Delivery or service date.</summary>
    public DateOnly? DeliveryDate { get; init; }

    /// <summary>First day of the period invoiced (BT-73); given with <see cref="InvoicingPeriodEnd"/>.</summary>
    public DateOnly? InvoicingPeriodStart { get; init; }

    /// <summary>Last day of the period invoiced (BT-74).</summary>
    public DateOnly? InvoicingPeriodEnd { get; init; }

    /// <summary>Due date; from payment terms when absent.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Buyer's order reference.</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>Payment terms text.</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }

    /// <summary>Source id when imported.</summary>
    public string? SourceId { get; init; }
}
