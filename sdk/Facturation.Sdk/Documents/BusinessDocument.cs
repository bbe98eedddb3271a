using Facturation.Sdk.Common;

namespace Facturation.Sdk.Documents;

/// <summary>
/// A document as the host hands it to plugins: parties, lines and references, before or after issue.
/// Amounts computed from it (line nets, tax breakdown, totals) travel in <see cref="DocumentSnapshot"/>.
/// </summary>
/// <param name="Type">Kind of document.</param>
/// <param name="IssueDate">Issue date (the company's local date).</param>
/// <param name="Currency">Document currency (BT-5).</param>
/// <param name="Seller">The issuing company.</param>
/// <param name="Buyer">The customer.</param>
/// <param name="Lines">The lines, in order.</param>
public sealed record BusinessDocument(
    DocumentType Type, DateOnly IssueDate, CurrencyCode Currency, Party Seller, Party Buyer, IReadOnlyList<DocumentLine> Lines)
{
    /// <summary>The number, once issued; <see langword="null"/> for a draft.</summary>
    public string? Number { get; init; }

    /// <summary>Date of delivery or end of service (BT-72); on an issued invoice the issue date unless another date or an
    /// <see cref="InvoicingPeriod"/> was given.</summary>
    public DateOnly? DeliveryDate { get; init; }

    /// <summary>The period invoiced (BG-14), when the document invoices one. SDK 1.3.</summary>
    public InvoicingPeriod? InvoicingPeriod { get; init; }

    /// <summary>Delivery address when it differs from the buyer's address (BG-15).</summary>
    public PostalAddress? DeliveryAddress { get; init; }

    /// <summary>Buyer's purchase-order reference (BT-13).</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>Buyer reference, e.g. a routing id (BT-10).</summary>
    public string? BuyerReference { get; init; }

    /// <summary>Document-level allowances and charges.</summary>
    public IReadOnlyList<DocumentAllowanceCharge> AllowancesCharges { get; init; } = [];

    /// <summary>Earlier documents this one refers to: the corrected invoice, deducted deposits.</summary>
    public IReadOnlyList<DocumentReference> PrecedingDocuments { get; init; } = [];

    /// <summary>Free-text notes.</summary>
    public IReadOnlyList<DocumentNote> Notes { get; init; } = [];

    /// <summary>Payment terms and due date.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>Rate to the accounting currency when <see cref="Currency"/> differs from it.</summary>
    public ExchangeRate? AccountingExchangeRate { get; init; }
}
