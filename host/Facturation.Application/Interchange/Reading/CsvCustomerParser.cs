using Facturation.Application.Customers;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads a customers CSV (columns in docs/import-format.md) for one company.</summary>
internal static class CsvCustomerParser
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "sourceId", "code", "kind", "name", "siren", "siret", "vatNumber", "email", "currency", "paymentTermsDays",
        "electronicAddress", "electronicAddressScheme",
        .. AddressColumns("billingAddress"), .. AddressColumns("deliveryAddress"), "archived",
    ];

    public static readonly IReadOnlyList<string> Required = ["sourceId", "code", "name"];

    public static CustomerRecord Parse(CsvCells cells, string companyCode)
    {
        var input = new CustomerInput
        {
            SourceId = cells.At.SourceId,
            Code = cells.Text("code") ?? "",
            Kind = cells.Choice("kind", InterchangeNames.CustomerKinds) ?? CustomerKind.Business,
            Name = cells.Text("name") ?? "",
            Siren = cells.Text("siren"),
            Siret = cells.Text("siret"),
            VatNumber = cells.Text("vatNumber"),
            Email = cells.Text("email"),
            Currency = cells.Text("currency") ?? new CustomerInput().Currency,
            PaymentTermsDays = cells.Integer("paymentTermsDays"),
            ElectronicAddress = cells.Text("electronicAddress"),
            ElectronicAddressScheme = cells.Text("electronicAddressScheme"),
            BillingAddress = Address(cells, "billingAddress") ?? new Address { Country = "" },
            DeliveryAddress = Address(cells, "deliveryAddress"),
        };
        return new CustomerRecord(cells.At, companyCode, input, cells.Flag("archived") ?? false);
    }

    private static string[] AddressColumns(string prefix) =>
        [prefix + ".line1", prefix + ".line2", prefix + ".line3", prefix + ".postCode", prefix + ".city", prefix + ".country"];

    private static Address? Address(CsvCells cells, string prefix)
    {
        var columns = AddressColumns(prefix);
        if (columns.All(c => cells.Text(c) is null))
            return null;
        return new Address
        {
            Line1 = cells.Text(columns[0]) ?? "",
            Line2 = cells.Text(columns[1]),
            Line3 = cells.Text(columns[2]),
            PostCode = cells.Text(columns[3]) ?? "",
            City = cells.Text(columns[4]) ?? "",
            Country = cells.Text(columns[5]) ?? "",
        };
    }
}
