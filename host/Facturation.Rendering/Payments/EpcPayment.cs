using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Rendering.Payments;

/// <summary>
/// A SEPA credit transfer a customer is asked to make, as the EPC QR code carries it (EPC069-12). Holds what the
/// document says; <see cref="EpcQrCode.Build"/> decides whether it fits the code.
/// </summary>
/// <param name="BeneficiaryName">Who is paid (AT-21, at most 70 characters in the code; longer names are cut).</param>
/// <param name="Iban">Account to pay into (AT-20); spaces are ignored. No IBAN, no code.</param>
/// <param name="Amount">Amount to pay; the code exists for euros only, 0.01 to 999,999,999.99 (AT-04).</param>
public sealed record EpcPayment(string BeneficiaryName, string? Iban, Money Amount)
{
    /// <summary>BIC of the beneficiary's bank (AT-23); optional in version 002 inside the EEA.</summary>
    public string? Bic { get; init; }

    /// <summary>Structured remittance information (AT-05), the ISO 11649 creditor reference frozen at issue.</summary>
    public string? CreditorReference { get; init; }

    /// <summary>
    /// Unstructured remittance information (AT-05, at most 140 characters), used only when there is no
    /// <see cref="CreditorReference"/>: EPC069-12 carries one or the other, never both.
    /// </summary>
    public string? RemittanceText { get; init; }

    /// <summary>
    /// The transfer an issued invoice or deposit invoice asks for: the seller's account, the amount due (BT-115) and
    /// the creditor reference frozen at issue. A document issued before references were frozen gets its number as
    /// unstructured text instead, so the payment can still be matched.
    /// </summary>
    /// <param name="snapshot">The issued document.</param>
    /// <returns>The payment, or <see langword="null"/> for documents the customer does not pay (credit notes, quotes, delivery notes).</returns>
    public static EpcPayment? For(DocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var document = snapshot.Document;
        if (document.Type is not (DocumentType.Invoice or DocumentType.DepositInvoice))
            return null;
        var account = document.Seller.BankAccount;
        var reference = document.PaymentTerms?.CreditorReference;
        return new EpcPayment(account?.AccountName ?? document.Seller.Name, account?.Iban, snapshot.Totals.AmountDue)
        {
            Bic = account?.Bic,
            CreditorReference = reference,
            RemittanceText = reference is null ? document.Number : null,
        };
    }
}
