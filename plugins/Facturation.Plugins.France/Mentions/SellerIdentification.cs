using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// How the seller identifies itself on an invoice: name, head-office address, SIREN, legal form, share capital,
/// RCS city, the "EI" of a sole trader and the intra-EU VAT number.
/// </summary>
internal static class SellerIdentification
{
    /// <summary>Reports every missing seller mention.</summary>
    /// <param name="seller">The seller.</param>
    /// <param name="settings">The pack's settings (for the franchise en base).</param>
    /// <param name="report">Where problems go.</param>
    public static void Check(Party seller, SettingValues settings, MentionReport report)
    {
        if (string.IsNullOrWhiteSpace(seller.Name))
            report.Missing("seller-name", "Seller.Name", "The seller's legal name (dénomination ou nom) is required (Code de commerce L441-9).");
        PartyAddressMentions.Check(seller.Address, "seller", report);
        if (Siren.Of(seller) is null)
            report.Missing("seller-siren", "Seller.Siren", "The seller's SIREN (9 digits, scheme 0002, or a 14-digit SIRET, scheme 0009) is required (Code de commerce R123-237; CGI annexe II art. 242 nonies A).");
        CheckLegalForm(seller, report);
        // A seller in franchise en base has no VAT number to print (art. 293 B du CGI); the regime prints why.
        if (settings.GetBoolean(TaxSettings.FranchiseEnBase) != true && string.IsNullOrWhiteSpace(seller.VatNumber))
            report.Missing("seller-vat-number", "Seller.VatNumber", "The seller's intra-EU VAT number (numéro de TVA intracommunautaire) is required unless it uses the franchise en base (CGI annexe II art. 242 nonies A).");
    }

    private static void CheckLegalForm(Party seller, MentionReport report)
    {
        // Without a legal form we cannot tell a company from a sole trader, so the checks that depend on it wait.
        switch (LegalForms.Classify(seller.LegalForm))
        {
            case LegalFormCategory.Missing:
                report.Missing("seller-legal-form", "Seller.LegalForm", "The seller's legal form (forme juridique) is required (Code de commerce R123-237).");
                break;
            case LegalFormCategory.CompanyWithShareCapital:
                if (seller.ShareCapital is not { Amount: > 0m })
                    report.Missing("seller-share-capital", "Seller.ShareCapital", $"The seller's share capital (capital social) is required for a {seller.LegalForm!.Trim()} (Code de commerce R123-237).");
                CheckRegistrationCity(seller, report);
                break;
            case LegalFormCategory.Company:
                CheckRegistrationCity(seller, report);
                break;
            case LegalFormCategory.SoleTrader:
                // A missing name is already reported as such.
                if (!string.IsNullOrWhiteSpace(seller.Name) && !SoleTraderName.HasMention(seller.Name))
                    report.Missing("seller-ei", "Seller.Name", "A sole trader's name must carry the words \"entrepreneur individuel\" or the initials \"EI\" (Code de commerce R526-26).");
                break;
        }
    }

    private static void CheckRegistrationCity(Party seller, MentionReport report)
    {
        if (string.IsNullOrWhiteSpace(seller.RegistrationCity))
            report.Missing("seller-rcs", "Seller.RegistrationCity", "The seller's trade-register mention (RCS followed by the city of registration) is required for a company (Code de commerce R123-237).");
    }
}
