using Facturation.Application.Common;

namespace Facturation.Application.Customers;

/// <summary>Checks of a customer's data.</summary>
public static class CustomerRules
{
    /// <summary>Checks an input.</summary>
    /// <param name="input">Input.</param>
    /// <returns>The validator with the problems found.</returns>
    public static Validator Check(CustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new Validator()
            .When(!CodeRules.IsCode(input.Code), "Code", "code.format", $"Code '{input.Code}' must be 1 to 40 letters, digits, '-', '_' or '.'.")
            .Required(input.Name, "Name")
            .Name(input.Name, "Name")
            .Name(input.Email, "Email")
            .Name(input.ElectronicAddress, "ElectronicAddress")
            .When(input.Siren is not null && !Identifiers.IsSiren(input.Siren), "Siren", "siren.invalid", $"SIREN '{input.Siren}' must be 9 digits with a valid check digit.")
            .When(input.Siret is not null && !Identifiers.IsSiret(input.Siret), "Siret", "siret.invalid", $"SIRET '{input.Siret}' must be 14 digits with a valid check digit.")
            .When(input.VatNumber is not null && !Identifiers.IsVatNumber(input.VatNumber), "VatNumber", "vat.invalid", $"VAT number '{input.VatNumber}' is not a valid EU VAT number.")
            .When(input.Kind == Domain.Parties.CustomerKind.Consumer && input.VatNumber is not null, "VatNumber", "vat.consumer", "A consumer has no VAT number.")
            .When(!CodeLists.IsCurrency(input.Currency), "Currency", "code.currency", $"Currency '{input.Currency}' is not an ISO 4217 code.")
            .When(input.PaymentTermsDays is < 0 or > 365, "PaymentTermsDays", "range", "PaymentTermsDays must be between 0 and 365.")
            .When(input.Email is not null && !input.Email.Contains('@', StringComparison.Ordinal), "Email", "email.invalid", $"E-mail '{input.Email}' has no '@'.")
            .Address(input.BillingAddress, "BillingAddress")
            .Add(input.DeliveryAddress is null ? [] : new Validator().Address(input.DeliveryAddress, "DeliveryAddress").Problems);
    }
}
