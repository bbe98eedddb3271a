namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Fixed codes of the CII VAT blocks.</summary>
internal static class CiiTaxCodes
{
    /// <summary>Tax type code (UNTDID 5153) of value added tax.</summary>
    public const string Vat = "VAT";

    /// <summary>
    /// VAT point date code (BT-8) in CII (UNTDID 2475): 5 = date of invoice, 29 = date of delivery, 72 = paid to date.
    /// The French "TVA sur les encaissements" (VAT due on payment) is 72.
    /// </summary>
    public const string PaidToDate = "72";

    /// <summary>The tax registration scheme of a VAT identifier (BT-31, BT-48).</summary>
    public const string VatRegistration = "VA";

    /// <summary>The tax registration scheme of a fiscal number other than the VAT identifier (BT-32).</summary>
    public const string FiscalRegistration = "FC";

}
