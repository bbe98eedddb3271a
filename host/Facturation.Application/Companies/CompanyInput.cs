using Facturation.Domain.Parties;

namespace Facturation.Application.Companies;

/// <summary>What a person gives to create or update a company.</summary>
public sealed record CompanyInput
{
    /// <summary>Short unique code (letters, digits, '-', '_').</summary>
    public string Code { get; init; } = "";

    /// <summary>Legal name.</summary>
    public string LegalName { get; init; } = "";

    /// <summary>Legal form.</summary>
    public string? LegalForm { get; init; }

    /// <summary>Share capital.</summary>
    public decimal? ShareCapital { get; init; }

    /// <summary>SIREN.</summary>
    public string? Siren { get; init; }

    /// <summary>SIRET.</summary>
    public string? Siret { get; init; }

    /// <summary>RCS city.</summary>
    public string? RcsCity { get; init; }

    /// <summary>VAT number.</summary>
    public string? VatNumber { get; init; }

    /// <summary>Tax registration identifier other than the VAT number (BT-32).</summary>
    public string? TaxRegistrationId { get; init; }

    /// <summary>Head-office address.</summary>
    public Address Address { get; init; } = new();

    /// <summary>IBAN.</summary>
    public string? Iban { get; init; }

    /// <summary>BIC.</summary>
    public string? Bic { get; init; }

    /// <summary>Electronic address.</summary>
    public string? ElectronicAddress { get; init; }

    /// <summary>Electronic address scheme.</summary>
    public string? ElectronicAddressScheme { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Accounting currency.</summary>
    public string AccountingCurrency { get; init; } = "EUR";

    /// <summary>IANA time zone.</summary>
    public string TimeZone { get; init; } = "Europe/Paris";

    /// <summary>Payment terms in days.</summary>
    public int PaymentTermsDays { get; init; } = 30;

    /// <summary>Active tax regime id.</summary>
    public string TaxRegimeId { get; init; } = "standard-vat";

    /// <summary>Active numbering scheme id.</summary>
    public string NumberingSchemeId { get; init; } = "sequential";

    /// <summary>Ids of the document rule sets checked at issue time, in order.</summary>
    public IReadOnlyList<string> DocumentRulesIds { get; init; } = [];

    /// <summary>Closing day of the fiscal year, <c>MM-dd</c>.</summary>
    public string FiscalYearEnd { get; init; } = "12-31";

    /// <summary>Plugin settings: plugin id → key → value.</summary>
    public Dictionary<string, Dictionary<string, string>> PluginSettings { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Source id when imported.</summary>
    public string? SourceId { get; init; }
}
