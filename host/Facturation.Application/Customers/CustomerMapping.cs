using Facturation.Domain.Parties;

namespace Facturation.Application.Customers;

/// <summary>How a <see cref="CustomerInput"/> is stored: one place for every writer.</summary>
internal static class CustomerMapping
{
    public static void Apply(CustomerInput input, Customer customer)
    {
        customer.Code = input.Code;
        customer.Kind = input.Kind;
        customer.Name = input.Name.Trim();
        customer.Siren = input.Siren;
        customer.Siret = input.Siret;
        customer.VatNumber = input.VatNumber;
        customer.BillingAddress = input.BillingAddress;
        customer.DeliveryAddress = input.DeliveryAddress;
        customer.ElectronicAddress = input.ElectronicAddress;
        customer.ElectronicAddressScheme = input.ElectronicAddressScheme;
        customer.Currency = input.Currency;
        customer.PaymentTermsDays = input.PaymentTermsDays;
        customer.Email = input.Email;
        customer.SourceId = input.SourceId;
    }
}
