namespace Facturation.Sdk.Common;

/// <summary>A postal address (EN 16931 BG-5 / BG-8 / BG-15).</summary>
/// <param name="Lines">Street lines, first line first (at most three are exchanged in e-invoices).</param>
/// <param name="PostCode">Post code.</param>
/// <param name="City">City.</param>
/// <param name="Country">ISO 3166-1 country.</param>
public sealed record PostalAddress(IReadOnlyList<string> Lines, string PostCode, string City, CountryCode Country)
{
    /// <summary>Region or department when it is part of the address.</summary>
    public string? Subdivision { get; init; }
}
