namespace Facturation.Sdk.Common;

/// <summary>An electronic invoicing address (EN 16931 BT-34 / BT-49) with its EAS scheme (e.g. 0225, 0009, EM).</summary>
/// <param name="Value">The address.</param>
/// <param name="SchemeId">Electronic Address Scheme code.</param>
public sealed record ElectronicAddress(string Value, string SchemeId);
