namespace Facturation.Sdk.Common;

/// <summary>A seller or buyer as it appears on a document (EN 16931 BG-4 / BG-7), frozen in issued snapshots.</summary>
/// <param name="Name">Legal name (registered name).</param>
/// <param name="Kind">Business, public body or consumer.</param>
/// <param name="Address">Postal address (head office for a seller).</param>
public sealed record Party(string Name, PartyKind Kind, PostalAddress Address)
{
    /// <summary>Trading name when different from the legal name.</summary>
    public string? TradingName { get; init; }

    /// <summary>Legal form (SAS, SARL, EI, GmbH...).</summary>
    public string? LegalForm { get; init; }

    /// <summary>Share capital, for companies that must state it.</summary>
    public Money? ShareCapital { get; init; }

    /// <summary>City of the trade register (RCS) or equivalent registration place.</summary>
    public string? RegistrationCity { get; init; }

    /// <summary>Legal and registration identifiers (SIREN, SIRET, ...).</summary>
    public IReadOnlyList<PartyIdentifier> Identifiers { get; init; } = [];

    /// <summary>VAT identification number with its country prefix (e.g. FR32123456789).</summary>
    public string? VatNumber { get; init; }

    /// <summary>Tax registration identifier other than the VAT number (EN 16931 BT-32, e.g. the seller's number at its tax
    /// office), which lets a seller without a VAT number state its exempt sales (BR-E-02). SDK 1.3.</summary>
    public string? TaxRegistrationId { get; init; }

    /// <summary>Electronic invoicing address.</summary>
    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary>Contact point.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Bank account to pay into (a seller's).</summary>
    public BankAccount? BankAccount { get; init; }

    /// <summary>The first identifier of the given ISO 6523 scheme, if any.</summary>
    /// <param name="schemeId">ICD code, e.g. <see cref="PartyIdentifier.SirenScheme"/>.</param>
    /// <returns>The identifier value or <see langword="null"/>.</returns>
    public string? IdentifierOf(string schemeId) =>
        Identifiers.FirstOrDefault(i => i.SchemeId == schemeId)?.Value;
}
