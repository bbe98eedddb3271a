using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Companies;

/// <summary>A company as <c>company show</c> and <c>company list</c> print it.</summary>
internal sealed record CompanyView(
    string Code, string LegalName, string? LegalForm, decimal? ShareCapital, string? Siren, string? Siret, string? RcsCity, string? VatNumber,
    string? TaxRegistrationId, AddressView Address, string? Iban, string? Bic, string? Email, string? ElectronicAddress, string? ElectronicAddressScheme,
    string AccountingCurrency, string TimeZone, int PaymentTermsDays, string TaxRegime, string Numbering,
    IReadOnlyList<string> DocumentRules, string FiscalYearEnd, IReadOnlyDictionary<string, Dictionary<string, string>> Settings)
{
    public static CompanyView From(Company c) => new(
        c.Code, c.LegalName, c.LegalForm, c.ShareCapital, c.Siren, c.Siret, c.RcsCity, c.VatNumber, c.TaxRegistrationId, AddressView.From(c.Address), c.Iban, c.Bic,
        c.Email, c.ElectronicAddress, c.ElectronicAddressScheme, c.AccountingCurrency, c.TimeZone, c.PaymentTermsDays, c.TaxRegimeId,
        c.NumberingSchemeId, c.DocumentRulesIds, c.FiscalYearEnd, c.PluginSettings);

    public string Text()
    {
        var table = new TextTable("FIELD", "VALUE");
        table.Add("code", Code);
        table.Add("legal name", LegalName);
        table.Add("legal form", LegalForm);
        table.Add("share capital", Invariant.Text(ShareCapital));
        table.Add("SIREN", Siren);
        table.Add("SIRET", Siret);
        table.Add("RCS city", RcsCity);
        table.Add("VAT number", VatNumber);
        table.Add("tax registration", TaxRegistrationId);
        table.Add("address", Address.ToString());
        table.Add("IBAN", Iban);
        table.Add("BIC", Bic);
        table.Add("e-mail", Email);
        table.Add("e-invoicing", ElectronicAddress is null ? null : $"{ElectronicAddressScheme}:{ElectronicAddress}");
        table.Add("currency", AccountingCurrency);
        table.Add("time zone", TimeZone);
        table.Add("payment terms", $"{Invariant.Text(PaymentTermsDays)} days");
        table.Add("tax regime", TaxRegime);
        table.Add("numbering", Numbering);
        table.Add("document rules", DocumentRules.Count == 0 ? "(none)" : string.Join(", ", DocumentRules));
        table.Add("fiscal year end", FiscalYearEnd);
        foreach (var (plugin, values) in Settings)
        {
            foreach (var (key, value) in values)
                table.Add("setting", $"{plugin}:{key}={value}");
        }
        return table.Render();
    }

    public static string Table(IReadOnlyList<CompanyView> companies)
    {
        if (companies.Count == 0)
            return "No companies. Create one with 'facturation company create --code <code> --name <legal name>'." + Environment.NewLine;
        var table = new TextTable("CODE", "LEGAL NAME", "SIREN", "VAT NUMBER", "CURRENCY", "TAX REGIME", "NUMBERING");
        foreach (var c in companies)
            table.Add(c.Code, c.LegalName, c.Siren, c.VatNumber, c.AccountingCurrency, c.TaxRegime, c.Numbering);
        return table.Render();
    }
}
