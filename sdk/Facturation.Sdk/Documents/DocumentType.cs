namespace Facturation.Sdk.Documents;

/// <summary>The kinds of documents a business issues.</summary>
public enum DocumentType
{
    /// <summary>Quote (devis): an offer, numbered but not an invoice.</summary>
    Quote,

    /// <summary>Commercial invoice (UNTDID 1001 code 380), including a final invoice that deducts deposits.</summary>
    Invoice,

    /// <summary>Credit note (avoir, code 381) correcting an earlier invoice.</summary>
    CreditNote,

    /// <summary>Deposit invoice (facture d'acompte, code 386).</summary>
    DepositInvoice,

    /// <summary>Delivery note (bon de livraison).</summary>
    DeliveryNote,
}
