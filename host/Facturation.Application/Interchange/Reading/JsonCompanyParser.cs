using System.Text.Json;
using Facturation.Application.Companies;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads one record of the <c>companies</c> section.</summary>
internal static class JsonCompanyParser
{
    public static CompanyRecord? Parse(JsonElement element, int index, ImportErrorList errors)
    {
        var (fields, at) = RecordStart.Open(element, RecordKinds.Companies, index, errors);
        if (fields is null)
            return null;
        var defaults = new CompanyInput();
        var input = new CompanyInput
        {
            SourceId = at.SourceId,
            Code = fields.Text("code") ?? "",
            LegalName = fields.Text("legalName") ?? "",
            LegalForm = fields.Text("legalForm"),
            ShareCapital = fields.Number("shareCapital"),
            Siren = fields.Text("siren"),
            Siret = fields.Text("siret"),
            RcsCity = fields.Text("rcsCity"),
            VatNumber = fields.Text("vatNumber"),
            TaxRegistrationId = fields.Text("taxRegistrationId"),
            Address = JsonAddress.Read(fields.Object("address")) ?? new Address { Country = "" },
            Iban = fields.Text("iban"),
            Bic = fields.Text("bic"),
            ElectronicAddress = fields.Text("electronicAddress"),
            ElectronicAddressScheme = fields.Text("electronicAddressScheme"),
            Email = fields.Text("email"),
            AccountingCurrency = fields.Text("accountingCurrency") ?? defaults.AccountingCurrency,
            TimeZone = fields.Text("timeZone") ?? defaults.TimeZone,
            PaymentTermsDays = fields.Integer("paymentTermsDays") ?? defaults.PaymentTermsDays,
            TaxRegimeId = fields.Text("taxRegimeId") ?? defaults.TaxRegimeId,
            NumberingSchemeId = fields.Text("numberingSchemeId") ?? defaults.NumberingSchemeId,
            DocumentRulesIds = fields.Texts("documentRulesIds") ?? [],
            FiscalYearEnd = fields.Text("fiscalYearEnd") ?? defaults.FiscalYearEnd,
            PluginSettings = fields.TextMaps("pluginSettings") ?? new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal),
        };
        fields.RejectUnknown();
        return new CompanyRecord(at, input);
    }
}
