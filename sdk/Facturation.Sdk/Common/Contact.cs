namespace Facturation.Sdk.Common;

/// <summary>A contact point of a party (EN 16931 BG-6 / BG-9).</summary>
/// <param name="Name">Person or department.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Telephone number.</param>
public sealed record Contact(string? Name, string? Email, string? Phone);
