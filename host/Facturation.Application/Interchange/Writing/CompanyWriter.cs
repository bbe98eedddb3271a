using System.Text.Json;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Writing;

/// <summary>Writes one company record.</summary>
internal static class CompanyWriter
{
    public static void Write(Utf8JsonWriter writer, Company company)
    {
        writer.WriteStartObject();
        writer.WriteString("sourceId", SourceKey.Of(company.SourceId, company.Id));
        writer.WriteString("code", company.Code);
        writer.WriteString("legalName", company.LegalName);
        writer.Text("legalForm", company.LegalForm);
        writer.Number("shareCapital", company.ShareCapital);
        writer.Text("siren", company.Siren);
        writer.Text("siret", company.Siret);
        writer.Text("rcsCity", company.RcsCity);
        writer.Text("vatNumber", company.VatNumber);
        writer.Text("taxRegistrationId", company.TaxRegistrationId);
        writer.Address("address", company.Address);
        writer.Text("iban", company.Iban);
        writer.Text("bic", company.Bic);
        writer.Text("electronicAddress", company.ElectronicAddress);
        writer.Text("electronicAddressScheme", company.ElectronicAddressScheme);
        writer.Text("email", company.Email);
        writer.WriteString("accountingCurrency", company.AccountingCurrency);
        writer.WriteString("timeZone", company.TimeZone);
        writer.WriteNumber("paymentTermsDays", company.PaymentTermsDays);
        writer.WriteString("taxRegimeId", company.TaxRegimeId);
        writer.WriteString("numberingSchemeId", company.NumberingSchemeId);
        if (company.DocumentRulesIds.Count > 0)
        {
            writer.WriteStartArray("documentRulesIds");
            foreach (var id in company.DocumentRulesIds)
                writer.WriteStringValue(id);
            writer.WriteEndArray();
        }
        writer.WriteString("fiscalYearEnd", company.FiscalYearEnd);
        if (company.PluginSettings.Any(p => p.Value.Count > 0))
        {
            writer.WriteStartObject("pluginSettings");
            foreach (var (pluginId, values) in company.PluginSettings.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
                writer.Map(pluginId, values);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
