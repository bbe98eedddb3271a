using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Domain.Documents;

/// <summary>A line of a document, editable while the document is a draft.</summary>
public sealed class DraftLine
{
    /// <summary>Position in the document, from 1; also the line id (BT-126).</summary>
    public int Position { get; set; }

    /// <summary>Item code when taken from the catalogue.</summary>
    public string? ItemCode { get; set; }

    /// <summary>Description.</summary>
    public string Description { get; set; } = "";

    /// <summary>Quantity (may be fractional).</summary>
    public decimal Quantity { get; set; }

    /// <summary>UN/ECE Rec 20/21 unit.</summary>
    public string UnitCode { get; set; } = "C62";

    /// <summary>Unit price before VAT (up to 4 decimals; negative only on deposit deductions).</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Line discount amount.</summary>
    public decimal Discount { get; set; }

    /// <summary>Goods or service.</summary>
    public LineNature Nature { get; set; }

    /// <summary>Rate class.</summary>
    public string TaxClass { get; set; } = Sdk.Documents.TaxClass.Standard.Value;

    /// <summary>Ordinary, deposit or deposit deduction.</summary>
    public LineKind Kind { get; set; }

    /// <summary>For host-written lines: the VAT category copied from the deposit (never recomputed).</summary>
    public VatCategory? FixedCategory { get; set; }

    /// <summary>For host-written lines: the VAT rate copied from the deposit.</summary>
    public decimal? FixedRate { get; set; }

    /// <summary>For host-written lines: the exemption reason copied with the rate.</summary>
    public string? FixedExemptionReason { get; set; }

    /// <summary>For host-written lines: the VATEX code copied with the rate.</summary>
    public string? FixedExemptionCode { get; set; }

    /// <summary>For host-written lines: when the VAT is due, copied with the rate.</summary>
    public TaxPoint? FixedTaxPoint { get; set; }

    /// <summary>The decision copied from an earlier document, when the line has one (never re-decided).</summary>
    /// <returns>The decision or <see langword="null"/>.</returns>
    public TaxDecision? FixedDecision() => FixedCategory is { } category && FixedRate is { } rate
        ? new TaxDecision(category, rate)
        {
            ExemptionReason = FixedExemptionReason,
            ExemptionReasonCode = FixedExemptionCode,
            TaxPoint = FixedTaxPoint ?? TaxPoint.OnInvoicing,
        }
        : null;

    /// <summary>For a deduction: the deposit invoice it deducts.</summary>
    public Guid? DeductedDocumentId { get; set; }

    /// <summary>The line as the SDK sees it.</summary>
    /// <returns>The SDK line.</returns>
    public DocumentLine ToSdk() =>
        new(Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Description, Quantity, new UnitCode(UnitCode), UnitPrice, Nature, new TaxClass(TaxClass))
        {
            ItemCode = ItemCode,
            Discount = Discount,
        };
}
