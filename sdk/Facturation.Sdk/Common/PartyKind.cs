namespace Facturation.Sdk.Common;

/// <summary>What kind of person a party is: it changes the VAT treatment and the mandatory mentions.</summary>
public enum PartyKind
{
    /// <summary>A business (taxable person): B2B rules, recovery indemnity, reverse charge may apply.</summary>
    Business,

    /// <summary>A public body (State, local authority, hospital): B2G rules.</summary>
    PublicBody,

    /// <summary>A private individual: B2C rules.</summary>
    Consumer,
}
