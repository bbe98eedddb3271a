using Facturation.Sdk.Documents;

namespace Facturation.Plugins.SequentialNumbering;

/// <summary>One series per document type, keyed by the type's kebab-case name.</summary>
internal static class SeriesKeys
{
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.Quote => "quote",
        DocumentType.Invoice => "invoice",
        DocumentType.CreditNote => "credit-note",
        DocumentType.DepositInvoice => "deposit-invoice",
        DocumentType.DeliveryNote => "delivery-note",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };

    public static IEnumerable<DocumentType> All => Enum.GetValues<DocumentType>();
}
