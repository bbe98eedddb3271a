namespace Facturation.Plugins.France.Accounting;

/// <summary>An account of the French chart of accounts (PCG) as the FEC writes it.</summary>
/// <param name="Number">CompteNum, e.g. <c>4457120</c>.</param>
/// <param name="Label">CompteLib, e.g. <c>TVA collectée 20 %</c>.</param>
internal readonly record struct FecAccount(string Number, string Label);
