namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>The <c>cac:TaxScheme/cbc:ID</c> values of a party's tax registrations in UBL.</summary>
internal static class UblTaxSchemes
{
    /// <summary>The VAT identifier (BT-31, BT-48): the EN 16931 binding recognises it by this scheme.</summary>
    public const string Vat = "VAT";

    /// <summary>The seller's other tax registration (BT-32): any scheme but VAT; the fiscal-number code of UNCL 1153,
    /// as CII writes it.</summary>
    public const string FiscalNumber = "FC";
}
