namespace Facturation.Rendering.Documents;

/// <summary>A seller or buyer block.</summary>
/// <param name="Name">Legal name.</param>
/// <param name="AddressLines">Street lines, then "post code city", then the country name when foreign.</param>
/// <param name="Identifiers">SIREN, SIRET, VAT number ..., each with its label.</param>
public sealed record PartyView(string Name, IReadOnlyList<string> AddressLines, IReadOnlyList<LabelledValue> Identifiers)
{
    /// <summary>Trading name when different from the legal name.</summary>
    public string? TradingName { get; init; }

    /// <summary>Contact e-mail.</summary>
    public string? Email { get; init; }
}
