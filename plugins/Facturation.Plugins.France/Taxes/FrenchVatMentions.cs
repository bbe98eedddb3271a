using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>The sentences the CGI requires on an invoice for each VAT treatment, with their exact wording.</summary>
internal static class FrenchVatMentions
{
    /// <summary>Franchise en base: the seller charges no VAT (art. 293 B du CGI).</summary>
    public static readonly LegalMention Franchise = new("fr.franchise-293b", "TVA non applicable, art. 293 B du CGI");

    /// <summary>The customer pays the VAT (CGI art. 242 nonies A of annexe II, 13°).</summary>
    public static readonly LegalMention Autoliquidation = new("fr.autoliquidation", "Autoliquidation");

    /// <summary>Exempt supply of goods to a VAT-registered buyer in another member state.</summary>
    public static readonly LegalMention IntraEuSupply = new("fr.intra-eu-262ter", "Exonération de TVA, article 262 ter I du CGI");

    /// <summary>Exempt export of goods outside the EU.</summary>
    public static readonly LegalMention Export = new("fr.export-262-i", "Exonération de TVA, article 262 I du CGI");

    /// <summary>The seller pays VAT on services when invoicing rather than when paid (art. 269-2 c du CGI).</summary>
    public static readonly LegalMention OptionDebits = new("fr.option-debits", "Option pour le paiement de la taxe d'après les débits");
}
