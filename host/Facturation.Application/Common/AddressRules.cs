using Facturation.Domain.Parties;

namespace Facturation.Application.Common;

/// <summary>Checks of a postal address.</summary>
public static class AddressRules
{
    /// <summary>Adds the address's problems, fields prefixed by <paramref name="field"/>.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="address">Address.</param>
    /// <param name="field">Field prefix, e.g. <c>Address</c>.</param>
    /// <returns>The validator.</returns>
    public static Validator Address(this Validator validator, Address? address, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (address is null)
            return validator.When(true, field, "required", $"{field} is required.");
        return validator
            .Required(address.Line1, field + ".Line1")
            .Required(address.City, field + ".City")
            .Name(address.Line1, field + ".Line1")
            .Name(address.Line2, field + ".Line2")
            .Name(address.Line3, field + ".Line3")
            .Name(address.PostCode, field + ".PostCode")
            .Name(address.City, field + ".City")
            .When(!CodeLists.IsCountry(address.Country), field + ".Country", "code.country", $"{field}.Country '{address.Country}' is not an ISO 3166-1 alpha-2 country code.");
    }
}
