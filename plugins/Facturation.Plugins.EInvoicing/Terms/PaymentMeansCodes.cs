using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>Payment means (BT-81, UNTDID 4461) the product writes.</summary>
internal static class PaymentMeansCodes
{
    /// <summary>Credit transfer (non-SEPA).</summary>
    public const string CreditTransfer = "30";

    /// <summary>SEPA credit transfer.</summary>
    public const string SepaCreditTransfer = "58";

    /// <summary>SEPA direct debit.</summary>
    public const string SepaDirectDebit = "59";

    /// <summary>Direct debit (non-SEPA).</summary>
    public const string DirectDebit = "49";

    /// <summary>
    /// How the buyer pays: direct debit when the terms carry a mandate reference (BT-89), else a credit transfer
    /// to the seller's account (SEPA when the IBAN's country is in the SEPA area); <see langword="null"/> when the
    /// seller gave no account and no mandate.
    /// </summary>
    public static string? For(DocumentSnapshot snapshot)
    {
        var document = snapshot.Document;
        var iban = document.Seller.BankAccount?.Iban;
        if (document.PaymentTerms?.MandateReference is not null)
            return iban is not null && IsSepa(iban) ? SepaDirectDebit : DirectDebit;
        if (iban is null)
            return null;
        return IsSepa(iban) ? SepaCreditTransfer : CreditTransfer;
    }

    /// <summary>Whether an IBAN belongs to a SEPA scheme country (EPC409-09 list of countries).</summary>
    public static bool IsSepa(string iban) =>
        iban.Length >= 2 && SepaCountries.Contains(iban[..2].ToUpperInvariant());

    private static readonly HashSet<string> SepaCountries = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB", "MC", "SM", "VA", "AD",
        "AL", "MD", "ME", "MK", "RS",
        // Overseas parts that use their parent's IBAN prefix need nothing extra; Gibraltar, Jersey, Guernsey, Isle of Man:
        "GI", "JE", "GG", "IM",
    };
}
