namespace Facturation.Sdk.Common;

/// <summary>A legal or registration identifier with its ISO 6523 ICD scheme (e.g. 0002 SIREN, 0009 SIRET).</summary>
/// <param name="Value">The identifier.</param>
/// <param name="SchemeId">ISO 6523 ICD code of the issuing scheme, when known.</param>
public sealed record PartyIdentifier(string Value, string? SchemeId = null)
{
    /// <summary>ISO 6523 ICD of the French SIREN (9 digits).</summary>
    public const string SirenScheme = "0002";

    /// <summary>ISO 6523 ICD of the French SIRET (14 digits).</summary>
    public const string SiretScheme = "0009";
}
