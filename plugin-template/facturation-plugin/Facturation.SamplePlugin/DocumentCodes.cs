using Facturation.Sdk.Documents;

namespace Facturation.SamplePlugin;

/// <summary>Per document type: the series key (one counter each) and the code written in the number.</summary>
internal static class DocumentCodes
{
    public static string SeriesKey(DocumentType type) => type switch
    {
        DocumentType.Quote => "quote",
        DocumentType.Invoice => "invoice",
        DocumentType.CreditNote => "credit-note",
        DocumentType.DepositInvoice => "deposit-invoice",
        DocumentType.DeliveryNote => "delivery-note",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };

    // No code is another code followed by digits, so two series can never print the same number.
    public static string NumberCode(DocumentType type) => type switch
    {
        DocumentType.Quote => "Q",
        DocumentType.Invoice => "INV",
        DocumentType.CreditNote => "CN",
        DocumentType.DepositInvoice => "DEP",
        DocumentType.DeliveryNote => "DN",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };
}
