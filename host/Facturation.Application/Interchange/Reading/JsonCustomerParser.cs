using System.Text.Json;
using Facturation.Application.Customers;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads one record of the <c>customers</c> section.</summary>
internal static class JsonCustomerParser
{
    public static CustomerRecord? Parse(JsonElement element, int index, string? defaultCompany, ImportErrorList errors)
    {
        var (fields, at) = RecordStart.Open(element, RecordKinds.Customers, index, errors);
        if (fields is null)
            return null;
        var company = RecordStart.CompanyCode(fields.Text("companyCode"), defaultCompany, at, errors);
        var input = new CustomerInput
        {
            SourceId = at.SourceId,
            Code = fields.Text("code") ?? "",
            Kind = fields.Choice("kind", InterchangeNames.CustomerKinds) ?? CustomerKind.Business,
            Name = fields.Text("name") ?? "",
            Siren = fields.Text("siren"),
            Siret = fields.Text("siret"),
            VatNumber = fields.Text("vatNumber"),
            BillingAddress = JsonAddress.Read(fields.Object("billingAddress")) ?? new Address { Country = "" },
            DeliveryAddress = JsonAddress.Read(fields.Object("deliveryAddress")),
            ElectronicAddress = fields.Text("electronicAddress"),
            ElectronicAddressScheme = fields.Text("electronicAddressScheme"),
            Currency = fields.Text("currency") ?? new CustomerInput().Currency,
            PaymentTermsDays = fields.Integer("paymentTermsDays"),
            Email = fields.Text("email"),
        };
        var archived = fields.Flag("archived") ?? false;
        fields.RejectUnknown();
        return new CustomerRecord(at, company, input, archived);
    }
}
