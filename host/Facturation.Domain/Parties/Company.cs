namespace Facturation.Domain.Parties;

/// <summary>A seller: one installation may hold several companies, each with its own series and journal.</summary>
public sealed class Company
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Short code used on the command line (e.g. <c>acme</c>); unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Legal (registered) name.</summary>
    public string LegalName { get; set; } = "";

    /// <summary>Legal form (SAS, SARL, EI ...).</summary>
    public string? LegalForm { get; set; }

    /// <summary>Share capital in the accounting currency, for companies that must state it.</summary>
    public decimal? ShareCapital { get; set; }

    /// <summary>SIREN (9 digits).</summary>
    public string? Siren { get; set; }

    /// <summary>SIRET of the establishment (14 digits).</summary>
    public string? Siret { get; set; }

    /// <summary>City of the trade register (RCS).</summary>
    public string? RcsCity { get; set; }

    /// <summary>Intra-EU VAT number.</summary>
    public string? VatNumber { get; set; }

    /// <summary>Tax registration identifier other than the VAT number (EN 16931 BT-32), for a seller without a VAT number
    /// (e.g. under the French franchise en base) to state on its exempt invoices (BR-E-02).</summary>
    public string? TaxRegistrationId { get; set; }

    /// <summary>Head-office address.</summary>
    public Address Address { get; set; } = new();

    /// <summary>IBAN to be paid into.</summary>
    public string? Iban { get; set; }

    /// <summary>BIC of the bank.</summary>
    public string? Bic { get; set; }

    /// <summary>Electronic invoicing address (value).</summary>
    public string? ElectronicAddress { get; set; }

    /// <summary>Electronic invoicing address scheme (EAS code, e.g. 0225).</summary>
    public string? ElectronicAddressScheme { get; set; }

    /// <summary>Contact e-mail.</summary>
    public string? Email { get; set; }

    /// <summary>Accounting currency (EUR in France).</summary>
    public string AccountingCurrency { get; set; } = "EUR";

    /// <summary>IANA time zone whose local date is the issue date.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Default payment terms in days after issue.</summary>
    public int PaymentTermsDays { get; set; } = 30;

    /// <summary>Id of the active tax regime.</summary>
    public string TaxRegimeId { get; set; } = "standard-vat";

    /// <summary>Id of the active numbering scheme.</summary>
    public string NumberingSchemeId { get; set; } = "sequential";

    /// <summary>Ids of the document rule sets checked at issue time (e.g. <c>fr-mentions</c>), in order.</summary>
    public List<string> DocumentRulesIds { get; set; } = [];

    /// <summary>Closing day of the fiscal year as <c>MM-dd</c> (e.g. <c>12-31</c>, <c>06-30</c>).</summary>
    public string FiscalYearEnd { get; set; } = "12-31";

    /// <summary>Plugin settings: plugin id → key → value (invariant text).</summary>
    public Dictionary<string, Dictionary<string, string>> PluginSettings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Identifier in the system the company was imported from.</summary>
    public string? SourceId { get; set; }
}
