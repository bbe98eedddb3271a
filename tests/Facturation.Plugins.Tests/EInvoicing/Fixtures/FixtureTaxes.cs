using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Fixtures;

/// <summary>VAT decisions and legal mentions of the fixtures (French rates, VATEX codes of the CEF code list).</summary>
internal static class FixtureTaxes
{
    /// <summary>French rates by tax class, standard category.</summary>
    public static TaxDecision French(TaxClass taxClass) => taxClass.Value switch
    {
        "reduced" => new TaxDecision(VatCategory.StandardRate, 5.5m),
        "intermediate" => new TaxDecision(VatCategory.StandardRate, 10m),
        "super-reduced" => new TaxDecision(VatCategory.StandardRate, 2.1m),
        _ => new TaxDecision(VatCategory.StandardRate, 20m),
    };

    /// <summary>French standard rate, VAT due on payment (services).</summary>
    public static TaxDecision FrenchOnPayment(TaxClass taxClass) => French(taxClass) with { TaxPoint = TaxPoint.OnPayment };

    /// <summary>VAT franchise of small businesses.</summary>
    public static TaxDecision Franchise(TaxClass taxClass) => new(VatCategory.Exempt, 0m)
    {
        ExemptionReason = "TVA non applicable, art. 293 B du CGI",
        ExemptionReasonCode = "VATEX-FR-FRANCHISE",
    };

    /// <summary>Reverse charge (services to an EU business).</summary>
    public static TaxDecision ReverseCharge(TaxClass taxClass) => new(VatCategory.ReverseCharge, 0m)
    {
        ExemptionReason = "Autoliquidation",
        ExemptionReasonCode = "VATEX-EU-AE",
    };

    /// <summary>Intra-community supply of goods.</summary>
    public static TaxDecision IntraCommunity(TaxClass taxClass) => new(VatCategory.IntraCommunitySupply, 0m)
    {
        ExemptionReason = "Exonération de TVA, article 262 ter I du CGI",
        ExemptionReasonCode = "VATEX-EU-IC",
    };

    /// <summary>Export outside the EU.</summary>
    public static TaxDecision Export(TaxClass taxClass) => new(VatCategory.Export, 0m)
    {
        ExemptionReason = "Exonération de TVA, article 262 I du CGI",
        ExemptionReasonCode = "VATEX-EU-G",
    };

    /// <summary>The payment mentions French law asks of an invoice to a business (PMD, PMT, AAB subject codes).</summary>
    public static IReadOnlyList<LegalMention> BusinessPaymentMentions { get; } =
    [
        new("late-payment-penalty", "En cas de retard de paiement, pénalités au taux de la BCE majoré de 10 points.") { SubjectCode = "PMD" },
        new("recovery-indemnity", "Indemnité forfaitaire pour frais de recouvrement : 40 €.") { SubjectCode = "PMT" },
        new("early-payment-discount", "Pas d'escompte pour paiement anticipé.") { SubjectCode = "AAB" },
    ];

    /// <summary><see cref="BusinessPaymentMentions"/> plus one more mention.</summary>
    public static IReadOnlyList<LegalMention> With(LegalMention mention) => [.. BusinessPaymentMentions, mention];
}
