namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>The OASIS UBL 2.1 namespaces an EN 16931 invoice or credit note uses.</summary>
internal static class UblNamespaces
{
    /// <summary>Root namespace of an <c>Invoice</c>.</summary>
    public const string Invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /// <summary>Root namespace of a <c>CreditNote</c>.</summary>
    public const string CreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /// <summary>Common aggregate components (<c>cac:</c>).</summary>
    public const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>Common basic components (<c>cbc:</c>).</summary>
    public const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /// <summary>Root element name of an invoice.</summary>
    public const string InvoiceRoot = "Invoice";

    /// <summary>Root element name of a credit note.</summary>
    public const string CreditNoteRoot = "CreditNote";
}
