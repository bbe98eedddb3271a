using Facturation.Domain.Parties;

namespace Facturation.Application.Companies;

/// <summary>How a <see cref="CompanyInput"/> is stored (trimmed name, IBAN without spaces): one place for every writer.</summary>
internal static class CompanyMapping
{
    public static void Apply(CompanyInput input, Company company)
    {
        company.Code = input.Code;
        company.LegalName = input.LegalName.Trim();
        company.LegalForm = input.LegalForm;
        company.ShareCapital = input.ShareCapital;
        company.Siren = input.Siren;
        company.Siret = input.Siret;
        company.RcsCity = input.RcsCity;
        company.VatNumber = input.VatNumber;
        company.TaxRegistrationId = input.TaxRegistrationId;
        company.Address = input.Address;
        company.Iban = input.Iban?.Replace(" ", "", StringComparison.Ordinal);
        company.Bic = input.Bic;
        company.ElectronicAddress = input.ElectronicAddress;
        company.ElectronicAddressScheme = input.ElectronicAddressScheme;
        company.Email = input.Email;
        company.AccountingCurrency = input.AccountingCurrency;
        company.TimeZone = input.TimeZone;
        company.PaymentTermsDays = input.PaymentTermsDays;
        company.TaxRegimeId = input.TaxRegimeId;
        company.NumberingSchemeId = input.NumberingSchemeId;
        company.DocumentRulesIds = [.. input.DocumentRulesIds];
        company.FiscalYearEnd = input.FiscalYearEnd;
        company.PluginSettings = input.PluginSettings;
        company.SourceId = input.SourceId;
    }
}
