namespace Facturation.Sdk.Common;

/// <summary>A bank account to pay into (EN 16931 BG-17).</summary>
/// <param name="Iban">IBAN, without spaces.</param>
/// <param name="Bic">BIC, when known.</param>
/// <param name="AccountName">Account holder's name, when different from the party name.</param>
public sealed record BankAccount(string Iban, string? Bic = null, string? AccountName = null);
