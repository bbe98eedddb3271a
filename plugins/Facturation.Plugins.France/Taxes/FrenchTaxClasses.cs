using Facturation.Sdk.Documents;

namespace Facturation.Plugins.France.Taxes;

/// <summary>The tax classes the French regime adds to the SDK's country-neutral ones.</summary>
public static class FrenchTaxClasses
{
    /// <summary>
    /// Construction work sold by a subcontractor (sous-traitance BTP): the contractor who orders it pays the
    /// VAT (autoliquidation, art. 283-2 nonies du CGI).
    /// </summary>
    public static readonly TaxClass ConstructionSubcontracting = new("construction-subcontracting");

    /// <summary>Every class the French regime decides: those of the rate table, zero, exempt and construction subcontracting.</summary>
    public static IReadOnlyList<TaxClass> Known { get; } =
        [.. FrenchVatRates.Mainland.Select(r => r.TaxClass).Distinct(), TaxClass.Zero, TaxClass.Exempt, ConstructionSubcontracting];
}
