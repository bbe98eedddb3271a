namespace Facturation.Sdk.Documents;

/// <summary>When and how the buyer is to pay (EN 16931 BT-9, BT-20).</summary>
/// <param name="DueDate">Payment due date.</param>
/// <param name="Description">Terms as text, e.g. "30 jours fin de mois".</param>
public sealed record PaymentTerms(DateOnly? DueDate, string? Description)
{
    /// <summary>Direct-debit mandate reference (BT-89), when paid by direct debit.</summary>
    public string? MandateReference { get; init; }

    /// <summary>ISO 11649 creditor reference (RF...) the buyer quotes when paying (BT-83), frozen at issue.</summary>
    public string? CreditorReference { get; init; }
}
