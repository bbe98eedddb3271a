using Facturation.Sdk.Common;

namespace Facturation.Sdk.Documents;

/// <summary>
/// The rate from the document currency to the seller's accounting currency, frozen at issue
/// (1 unit of <paramref name="From"/> = <paramref name="Rate"/> units of <paramref name="To"/>).
/// </summary>
/// <param name="From">Document currency.</param>
/// <param name="To">Accounting currency.</param>
/// <param name="Rate">The rate.</param>
/// <param name="Date">Date of the rate.</param>
/// <param name="Source">Where it comes from (e.g. "ECB reference rate").</param>
public sealed record ExchangeRate(CurrencyCode From, CurrencyCode To, decimal Rate, DateOnly Date, string Source);
