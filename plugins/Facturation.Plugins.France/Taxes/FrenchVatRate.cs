using Facturation.Sdk.Documents;

namespace Facturation.Plugins.France.Taxes;

/// <summary>The rate of a tax class over its period of validity: budget laws change rates from a given date.</summary>
/// <param name="TaxClass">The class the rate applies to.</param>
/// <param name="RatePercent">Rate in percent (20 for 20 %).</param>
/// <param name="ValidFrom">First day the rate applies.</param>
/// <param name="ValidTo">Last day the rate applies; <see langword="null"/> while it is in force.</param>
internal sealed record FrenchVatRate(TaxClass TaxClass, decimal RatePercent, DateOnly ValidFrom, DateOnly? ValidTo = null)
{
    /// <summary>Whether the rate applies on <paramref name="date"/>.</summary>
    public bool AppliesOn(DateOnly date) => date >= ValidFrom && (ValidTo is not { } last || date <= last);
}
