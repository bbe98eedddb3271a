namespace Facturation.Plugins.France.Accounting;

/// <summary>One account setting of the FEC export.</summary>
/// <param name="Key">Setting key, e.g. <c>fec.account.customer</c>.</param>
/// <param name="DefaultNumber">Default PCG account, e.g. <c>411</c>.</param>
/// <param name="ClassDigit">The PCG class the account must belong to (its first digit).</param>
/// <param name="Description">What the account books, for the admin screen.</param>
internal sealed record FecAccountSetting(string Key, string DefaultNumber, char ClassDigit, string Description);
