namespace Facturation.Sdk.Taxes;

/// <summary>When the VAT on a line becomes due (French "exigibilité"), recorded per line for reports and exports.</summary>
public enum TaxPoint
{
    /// <summary>Due when the invoice is issued (goods; services under the option for VAT on debits).</summary>
    OnInvoicing,

    /// <summary>Due when payment is received (services by default in France: "TVA sur les encaissements").</summary>
    OnPayment,
}
