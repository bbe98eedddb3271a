namespace Facturation.Rendering.Documents;

/// <summary>The fixed wording of the layouts, in one language.</summary>
public sealed record DocumentLabels
{
    /// <summary>Seller block heading.</summary>
    public required string Seller { get; init; }

    /// <summary>Buyer block heading.</summary>
    public required string BillTo { get; init; }

    /// <summary>Delivery address heading.</summary>
    public required string DeliverTo { get; init; }

    /// <summary>Column: description.</summary>
    public required string Description { get; init; }

    /// <summary>Column: quantity.</summary>
    public required string Quantity { get; init; }

    /// <summary>Column: unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Column: unit price before VAT.</summary>
    public required string UnitPrice { get; init; }

    /// <summary>Column: discount.</summary>
    public required string Discount { get; init; }

    /// <summary>Column: net amount.</summary>
    public required string NetAmount { get; init; }

    /// <summary>Column: VAT rate.</summary>
    public required string VatRate { get; init; }

    /// <summary>Allowances and charges heading.</summary>
    public required string AllowancesCharges { get; init; }

    /// <summary>VAT breakdown heading.</summary>
    public required string VatBreakdown { get; init; }

    /// <summary>Column: VAT category.</summary>
    public required string VatCategory { get; init; }

    /// <summary>Column: taxable base.</summary>
    public required string TaxableAmount { get; init; }

    /// <summary>Column: VAT amount.</summary>
    public required string VatAmount { get; init; }

    /// <summary>Column: exemption reason.</summary>
    public required string Exemption { get; init; }

    /// <summary>Heading of a final invoice's deposit deductions.</summary>
    public required string DepositsDeducted { get; init; }

    /// <summary>Column: the deposit invoice deducted.</summary>
    public required string DepositInvoice { get; init; }

    /// <summary>Column: amount with VAT.</summary>
    public required string TotalWithVat { get; init; }

    /// <summary>Payment block heading.</summary>
    public required string Payment { get; init; }

    /// <summary>Due date label in the payment block.</summary>
    public required string DueDate { get; init; }

    /// <summary>Amount due label in the payment block.</summary>
    public required string AmountDue { get; init; }

    /// <summary>Bank transfer label.</summary>
    public required string BankTransfer { get; init; }

    /// <summary>Creditor reference label ("reference to quote").</summary>
    public required string PaymentReference { get; init; }

    /// <summary>Caption under the SEPA QR code.</summary>
    public required string ScanToPay { get; init; }

    /// <summary>Notes heading.</summary>
    public required string Notes { get; init; }

    /// <summary>Legal mentions heading.</summary>
    public required string Mentions { get; init; }
}
