namespace Facturation.Sdk.Templates;

/// <summary>Names of the layouts the host knows how to fill.</summary>
public static class LayoutNames
{
    /// <summary>Invoice (also a final invoice after deposits).</summary>
    public const string Invoice = "invoice";

    /// <summary>Credit note.</summary>
    public const string CreditNote = "credit-note";

    /// <summary>Deposit invoice.</summary>
    public const string DepositInvoice = "deposit-invoice";

    /// <summary>Quote.</summary>
    public const string Quote = "quote";

    /// <summary>Delivery note.</summary>
    public const string DeliveryNote = "delivery-note";

    /// <summary>Payment reminder.</summary>
    public const string PaymentReminder = "payment-reminder";
}
