namespace Facturation.Rendering.Documents;

/// <summary>How the customer pays.</summary>
/// <param name="DueDate">Due date, formatted.</param>
/// <param name="AmountDue">Amount due, formatted.</param>
public sealed record PaymentView(string DueDate, string AmountDue)
{
    /// <summary>Payment terms text.</summary>
    public string? Terms { get; init; }

    /// <summary>IBAN, grouped by four.</summary>
    public string? Iban { get; init; }

    /// <summary>BIC.</summary>
    public string? Bic { get; init; }

    /// <summary>ISO 11649 creditor reference to quote, grouped by four.</summary>
    public string? CreditorReference { get; init; }

    /// <summary>The SEPA (EPC) QR code as a <c>data:image/svg+xml</c> URI, for EUR transfers; <see langword="null"/> otherwise.</summary>
    public string? QrCodeDataUri { get; init; }
}
