namespace Facturation.Domain.Lifecycle;

/// <summary>Where a document is in its legal life.</summary>
public enum DocumentStatus
{
    /// <summary>Editable, deletable, no number.</summary>
    Draft,

    /// <summary>Numbered, immutable, totals frozen (invoices, credit notes, deposits, delivery notes).</summary>
    Issued,

    /// <summary>An issued invoice cancelled by a full credit note.</summary>
    Cancelled,

    /// <summary>A quote numbered and sent to the customer.</summary>
    Sent,

    /// <summary>A quote the customer accepted.</summary>
    Accepted,

    /// <summary>A quote the customer refused.</summary>
    Refused,

    /// <summary>A quote past its validity date.</summary>
    Expired,

    /// <summary>An accepted quote turned into an invoice (the link is kept).</summary>
    Converted,
}
