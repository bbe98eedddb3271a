using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// The payment-terms mentions of Code de commerce L441-9: late-payment penalties and the 40 EUR recovery indemnity for
/// business customers, early-payment discount terms for everyone. Subject codes follow the French e-invoicing rule
/// BR-FR-05, which wants the three notes (PMD penalties, PMT indemnity, AAB discount) on every invoice, deposit invoice
/// and credit note whoever the buyer is: a consumer's document states that the penalties and the indemnity, which the
/// law reserves to business customers, do not apply; a credit note repeats the terms of the invoices it corrects.
/// </summary>
internal static class PaymentTermsMentions
{
    /// <summary>Code of the late-payment penalties mention.</summary>
    public const string LatePaymentPenaltyCode = "fr.late-payment-penalty";

    /// <summary>Code of the recovery indemnity mention.</summary>
    public const string RecoveryIndemnityCode = "fr.recovery-indemnity";

    /// <summary>Code of the early-payment discount mention.</summary>
    public const string EarlyPaymentDiscountCode = "fr.early-payment-discount";

    /// <summary>The indemnity is fixed by law (D441-5), so its wording is not a setting.</summary>
    public const string RecoveryIndemnityText =
        "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. D441-5 du Code de commerce).";

    /// <summary>L441-10 penalties apply between professionals only: what a consumer's document says instead (BR-FR-05 PMD).</summary>
    public const string ConsumerLatePaymentPenaltyText =
        "Pénalités de retard (art. L441-10 du Code de commerce) : non applicables, le client n'étant pas un professionnel.";

    /// <summary>The D441-5 indemnity applies between professionals only: what a consumer's document says instead (BR-FR-05 PMT).</summary>
    public const string ConsumerRecoveryIndemnityText =
        "Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce) : non applicable, le client n'étant pas un professionnel.";

    private static readonly ConfiguredWording LatePaymentPenalty = new(
        MentionSettings.LatePaymentPenalty, MentionSettings.DefaultLatePaymentPenalty, "late-payment-penalty", LatePaymentPenaltyCode, "PMD",
        "The late-payment penalty rate (pénalités de retard) must be stated to a business customer (Code de commerce L441-9, L441-10)");

    private static readonly ConfiguredWording EarlyPaymentDiscount = new(
        MentionSettings.EarlyPaymentDiscount, MentionSettings.DefaultEarlyPaymentDiscount, "early-payment-discount", EarlyPaymentDiscountCode, "AAB",
        "The early-payment discount terms, or a statement that none applies (escompte), must be stated (Code de commerce L441-9)");

    /// <summary>Prints the payment-terms mentions, or reports the settings whose wording is empty.</summary>
    /// <param name="document">The document.</param>
    /// <param name="settings">The pack's settings.</param>
    /// <param name="report">Where mentions and problems go.</param>
    public static void Check(BusinessDocument document, SettingValues settings, MentionReport report)
    {
        if (document.Buyer.Kind is PartyKind.Business or PartyKind.PublicBody)
        {
            Print(LatePaymentPenalty, settings, report);
            report.Print(new LegalMention(RecoveryIndemnityCode, RecoveryIndemnityText) { SubjectCode = "PMT" });
        }
        else
        {
            report.Print(new LegalMention(LatePaymentPenaltyCode, ConsumerLatePaymentPenaltyText) { SubjectCode = "PMD" });
            report.Print(new LegalMention(RecoveryIndemnityCode, ConsumerRecoveryIndemnityText) { SubjectCode = "PMT" });
        }
        Print(EarlyPaymentDiscount, settings, report);
    }

    private static void Print(ConfiguredWording wording, SettingValues settings, MentionReport report)
    {
        var text = settings.GetText(wording.Key, wording.DefaultText);
        if (string.IsNullOrWhiteSpace(text))
            report.Missing(wording.Item, "Settings." + wording.Key, $"{wording.Reason}; setting '{wording.Key}' is empty.");
        else
            report.Print(new LegalMention(wording.Code, text.Trim()) { SubjectCode = wording.SubjectCode });
    }

    /// <summary>A mention whose wording comes from a setting.</summary>
    private sealed record ConfiguredWording(string Key, string DefaultText, string Item, string Code, string SubjectCode, string Reason);
}
