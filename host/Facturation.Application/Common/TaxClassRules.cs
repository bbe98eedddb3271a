using Facturation.Application.Plugins;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Common;

/// <summary>The tax class of an item, a line or an allowance: its shape, and whether the company's tax regime knows it.</summary>
public static class TaxClassRules
{
    /// <summary>Whether <paramref name="value"/> is a lower-case token of letters, digits and dashes.</summary>
    /// <param name="value">Value.</param>
    /// <returns>True when valid.</returns>
    public static bool IsTaxClass(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>
    /// Adds <c>taxclass.unknown</c> when the company's regime lists its classes (<see cref="ITaxClassCatalog"/>) and
    /// <paramref name="taxClass"/> is not one of them, so the class is refused where it is entered, not at issue.
    /// </summary>
    /// <param name="validator">Validator.</param>
    /// <param name="extensions">The company's regime and settings, or <see langword="null"/> when they do not load (issuing reports why).</param>
    /// <param name="taxClass">The class, when well formed (<see cref="IsTaxClass"/>).</param>
    /// <param name="field">Field.</param>
    /// <returns>The validator.</returns>
    public static Validator KnownTaxClass(this Validator validator, CompanyExtensions? extensions, string? taxClass, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (extensions?.TaxRegime is not ITaxClassCatalog catalog || !IsTaxClass(taxClass))
            return validator;
        var known = catalog.KnownTaxClasses(extensions.TaxSettings);
        return validator.When(!known.Contains(new TaxClass(taxClass!)), field, "taxclass.unknown",
            $"Tax class '{taxClass}' is not a class of tax regime '{extensions.TaxRegime.Id}' (known: {string.Join(", ", known.Select(c => c.Value))}).");
    }
}
