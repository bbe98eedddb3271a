using System.CommandLine;
using Facturation.Application.Companies;
using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Companies;

/// <summary>The options of <c>company create</c> and <c>company update</c>; what is not given keeps its current value.</summary>
internal sealed class CompanyOptions
{
    private readonly Option<string?> _name;
    private readonly Option<string?> _legalForm = CliOptions.Text("--legal-form", "Legal form (SAS, SARL, EI ...).");
    private readonly Option<decimal?> _shareCapital = CliOptions.Decimal("--share-capital", "Share capital in the accounting currency.");
    private readonly Option<string?> _siren = CliOptions.Text("--siren", "SIREN (9 digits).");
    private readonly Option<string?> _siret = CliOptions.Text("--siret", "SIRET of the establishment (14 digits).");
    private readonly Option<string?> _rcsCity = CliOptions.Text("--rcs-city", "City of the trade register (RCS).");
    private readonly Option<string?> _vat = CliOptions.Text("--vat", "Intra-EU VAT number.");
    private readonly Option<string?> _taxRegistration = CliOptions.Text("--tax-registration",
        "Tax registration identifier other than the VAT number (EN 16931 BT-32), for a seller without a VAT number.");
    private readonly AddressOptions _address = new("", "head office");
    private readonly Option<string?> _iban = CliOptions.Text("--iban", "IBAN to be paid into.");
    private readonly Option<string?> _bic = CliOptions.Text("--bic", "BIC of the bank.");
    private readonly Option<string?> _email = CliOptions.Text("--email", "Contact e-mail.");
    private readonly Option<string?> _electronicAddress = CliOptions.Text("--electronic-address", "Electronic invoicing address.");
    private readonly Option<string?> _electronicScheme = CliOptions.Text("--electronic-address-scheme", "Its EAS scheme code (e.g. 0225).");
    private readonly Option<string?> _currency = CliOptions.Text("--currency", "Accounting currency, ISO 4217 (default EUR).");
    private readonly Option<string?> _timeZone = CliOptions.Text("--time-zone", "IANA time zone whose date is the issue date (default Europe/Paris).");
    private readonly Option<int?> _paymentTerms = CliOptions.Integer("--payment-terms-days", "Default payment terms in days (default 30).");
    private readonly Option<string?> _taxRegime = CliOptions.Text("--tax-regime", "Id of the tax regime (default standard-vat).");
    private readonly Option<string?> _numbering = CliOptions.Text("--numbering", "Id of the numbering scheme (default sequential).");
    private readonly Option<string?> _documentRules = CliOptions.Text("--document-rules",
        "Document rule sets checked at issue time, comma-separated (e.g. fr-mentions); an empty value enables none.");
    private readonly Option<string?> _fiscalYearEnd = CliOptions.Text("--fiscal-year-end", "Closing day of the fiscal year as MM-dd (default 12-31).");
    private readonly Option<IReadOnlyList<PluginSetting>> _settings = PluginSettingOption.Create();

    public CompanyOptions(bool creating) =>
        _name = CliOptions.Text("--name", "Legal (registered) name.", required: creating);

    public void AddTo(Command command)
    {
        CliOptions.AddTo(command, _name, _legalForm, _shareCapital, _siren, _siret, _rcsCity, _vat, _taxRegistration);
        _address.AddTo(command);
        CliOptions.AddTo(command, _iban, _bic, _email, _electronicAddress, _electronicScheme, _currency, _timeZone, _paymentTerms,
            _taxRegime, _numbering, _documentRules, _fiscalYearEnd, _settings);
    }

    /// <summary>The input of a company as it is now, to update it.</summary>
    public static CompanyInput Current(Company company) => new()
    {
        Code = company.Code, LegalName = company.LegalName, LegalForm = company.LegalForm, ShareCapital = company.ShareCapital,
        Siren = company.Siren, Siret = company.Siret, RcsCity = company.RcsCity, VatNumber = company.VatNumber, TaxRegistrationId = company.TaxRegistrationId, Address = company.Address,
        Iban = company.Iban, Bic = company.Bic, ElectronicAddress = company.ElectronicAddress, ElectronicAddressScheme = company.ElectronicAddressScheme,
        Email = company.Email, AccountingCurrency = company.AccountingCurrency, TimeZone = company.TimeZone, PaymentTermsDays = company.PaymentTermsDays,
        TaxRegimeId = company.TaxRegimeId, NumberingSchemeId = company.NumberingSchemeId, DocumentRulesIds = company.DocumentRulesIds,
        FiscalYearEnd = company.FiscalYearEnd, PluginSettings = company.PluginSettings, SourceId = company.SourceId,
    };

    /// <summary>The given options over <paramref name="current"/> (an empty text clears an optional field).</summary>
    public CompanyInput Apply(ParseResult parse, CompanyInput current) => current with
    {
        LegalName = parse.GetValue(_name) ?? current.LegalName,
        LegalForm = CliOptions.Overlay(parse.GetValue(_legalForm), current.LegalForm),
        ShareCapital = parse.GetValue(_shareCapital) ?? current.ShareCapital,
        Siren = CliOptions.Overlay(parse.GetValue(_siren), current.Siren),
        Siret = CliOptions.Overlay(parse.GetValue(_siret), current.Siret),
        RcsCity = CliOptions.Overlay(parse.GetValue(_rcsCity), current.RcsCity),
        VatNumber = CliOptions.Overlay(parse.GetValue(_vat), current.VatNumber),
        TaxRegistrationId = CliOptions.Overlay(parse.GetValue(_taxRegistration), current.TaxRegistrationId),
        Address = _address.Apply(parse, current.Address),
        Iban = CliOptions.Overlay(parse.GetValue(_iban), current.Iban),
        Bic = CliOptions.Overlay(parse.GetValue(_bic), current.Bic),
        Email = CliOptions.Overlay(parse.GetValue(_email), current.Email),
        ElectronicAddress = CliOptions.Overlay(parse.GetValue(_electronicAddress), current.ElectronicAddress),
        ElectronicAddressScheme = CliOptions.Overlay(parse.GetValue(_electronicScheme), current.ElectronicAddressScheme),
        AccountingCurrency = parse.GetValue(_currency) ?? current.AccountingCurrency,
        TimeZone = parse.GetValue(_timeZone) ?? current.TimeZone,
        PaymentTermsDays = parse.GetValue(_paymentTerms) ?? current.PaymentTermsDays,
        TaxRegimeId = parse.GetValue(_taxRegime) ?? current.TaxRegimeId,
        NumberingSchemeId = parse.GetValue(_numbering) ?? current.NumberingSchemeId,
        DocumentRulesIds = parse.GetValue(_documentRules) is { } rules
            ? rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : current.DocumentRulesIds,
        FiscalYearEnd = parse.GetValue(_fiscalYearEnd) ?? current.FiscalYearEnd,
        PluginSettings = PluginSettingOption.Merge(current.PluginSettings, parse.GetValue(_settings) ?? []),
    };
}
