using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Customers;

/// <summary>A customer as the customer commands print it.</summary>
internal sealed record CustomerView(
    string Code, string Kind, string Name, string? Siren, string? Siret, string? VatNumber, AddressView BillingAddress,
    AddressView? DeliveryAddress, string? Email, string? ElectronicAddress, string? ElectronicAddressScheme, string Currency,
    int? PaymentTermsDays, DateTimeOffset? ArchivedAt, DateTimeOffset? AnonymisedAt)
{
    public static CustomerView From(Customer c) => new(
        c.Code, Tokens.Of(Tokens.CustomerKinds, c.Kind), c.Name, c.Siren, c.Siret, c.VatNumber, AddressView.From(c.BillingAddress),
        c.DeliveryAddress is null ? null : AddressView.From(c.DeliveryAddress), c.Email, c.ElectronicAddress, c.ElectronicAddressScheme,
        c.Currency, c.PaymentTermsDays, c.ArchivedAt, c.AnonymisedAt);

    public static string Table(IReadOnlyList<CustomerView> customers)
    {
        if (customers.Count == 0)
            return "No customers." + Environment.NewLine;
        var table = new TextTable("CODE", "KIND", "NAME", "SIREN", "VAT NUMBER", "CURRENCY", "TERMS", "ADDRESS", "STATE");
        foreach (var c in customers)
        {
            var state = c.AnonymisedAt is not null ? "anonymised" : c.ArchivedAt is not null ? "archived" : "active";
            table.Add(c.Code, c.Kind, c.Name, c.Siren, c.VatNumber, c.Currency, Invariant.Text(c.PaymentTermsDays), c.BillingAddress.ToString(), state);
        }
        return table.Render();
    }
}
