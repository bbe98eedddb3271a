using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>Invoice type codes (BT-3, UNTDID 1001 subset allowed by EN 16931).</summary>
internal static class DocumentTypeCodes
{
    /// <summary>Commercial invoice.</summary>
    public const string CommercialInvoice = "380";

    /// <summary>Credit note.</summary>
    public const string CreditNote = "381";

    /// <summary>Prepayment (deposit) invoice.</summary>
    public const string PrepaymentInvoice = "386";

    /// <summary>The code of an issued document type; <see langword="null"/> for quotes and delivery notes, which are
    /// not invoices and have no e-invoice form.</summary>
    public static string? For(DocumentType type) => type switch
    {
        DocumentType.Invoice => CommercialInvoice,
        DocumentType.CreditNote => CreditNote,
        DocumentType.DepositInvoice => PrepaymentInvoice,
        _ => null,
    };

    /// <summary>The document type a received code stands for. Codes of UNTDID 1001 that EN 16931 allows for invoices
    /// (380, 383, 384, 389, 751, ...) are read as invoices, credit-note codes (381, 261, 262, 296, 308, 396, 420, 458,
    /// 532) as credit notes, 386 as a deposit invoice.</summary>
    public static DocumentType? Parse(string? code) => code switch
    {
        "386" => DocumentType.DepositInvoice,
        "381" or "261" or "262" or "296" or "308" or "396" or "420" or "458" or "532" => DocumentType.CreditNote,
        "380" or "71" or "80" or "82" or "84" or "102" or "218" or "219" or "331" or "382" or "383" or "384" or "385"
            or "387" or "388" or "389" or "390" or "393" or "394" or "395" or "456" or "457" or "527" or "575" or "623"
            or "633" or "751" or "780" or "875" or "876" or "877" or "935" => DocumentType.Invoice,
        _ => null,
    };
}
