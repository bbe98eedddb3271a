using System.Text.Json;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Writing;

/// <summary>Writes one customer record.</summary>
internal static class CustomerWriter
{
    public static void Write(Utf8JsonWriter writer, Customer customer, string companyCode)
    {
        writer.WriteStartObject();
        writer.WriteString("sourceId", SourceKey.Of(customer.SourceId, customer.Id));
        writer.WriteString("companyCode", companyCode);
        writer.WriteString("code", customer.Code);
        writer.WriteString("kind", InterchangeNames.Of(customer.Kind));
        writer.WriteString("name", customer.Name);
        writer.Text("siren", customer.Siren);
        writer.Text("siret", customer.Siret);
        writer.Text("vatNumber", customer.VatNumber);
        writer.Address("billingAddress", customer.BillingAddress);
        writer.Address("deliveryAddress", customer.DeliveryAddress);
        writer.Text("electronicAddress", customer.ElectronicAddress);
        writer.Text("electronicAddressScheme", customer.ElectronicAddressScheme);
        writer.WriteString("currency", customer.Currency);
        writer.Integer("paymentTermsDays", customer.PaymentTermsDays);
        writer.Text("email", customer.Email);
        writer.TrueOnly("archived", customer.ArchivedAt is not null);
        writer.WriteEndObject();
    }
}
