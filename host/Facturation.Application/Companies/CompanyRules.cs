using Facturation.Application.Common;
using Facturation.Application.Accounting;

namespace Facturation.Application.Companies;

/// <summary>Checks of a company's data.</summary>
internal static class CompanyRules
{
    public static Validator Check(CompanyInput input) => new Validator()
        .When(!CodeRules.IsCode(input.Code), "Code", "code.format", $"Code '{input.Code}' must be 1 to 40 letters, digits, '-' or '_'.")
        .Required(input.LegalName, "LegalName")
        .Name(input.LegalName, "LegalName")
        .Name(input.LegalForm, "LegalForm")
        .Name(input.RcsCity, "RcsCity")
        .Name(input.Email, "Email")
        .Name(input.ElectronicAddress, "ElectronicAddress")
        .Name(input.Bic, "Bic")
        .When(input.Siren is not null && !Identifiers.IsSiren(input.Siren), "Siren", "siren.invalid", $"SIREN '{input.Siren}' must be 9 digits with a valid check digit.")
        .When(input.Siret is not null && !Identifiers.IsSiret(input.Siret), "Siret", "siret.invalid", $"SIRET '{input.Siret}' must be 14 digits with a valid check digit.")
        .When(input.Siren is not null && input.Siret is not null && !input.Siret.StartsWith(input.Siren, StringComparison.Ordinal), "Siret", "siret.not-of-siren", "The SIRET must start with the company's SIREN.")
        .When(input.VatNumber is not null && !Identifiers.IsVatNumber(input.VatNumber), "VatNumber", "vat.invalid", $"VAT number '{input.VatNumber}' is not a valid EU VAT number.")
        .When(input.TaxRegistrationId is not null && (input.TaxRegistrationId.Trim().Length == 0 || input.TaxRegistrationId.Length > 100),
            "TaxRegistrationId", "tax-registration.invalid", "TaxRegistrationId must be 1 to 100 characters.")
        .When(input.Iban is not null && !Identifiers.IsIban(input.Iban), "Iban", "iban.invalid", $"IBAN '{input.Iban}' fails the ISO 13616 check.")
        .When(input.ShareCapital is < 0, "ShareCapital", "amount.negative", "ShareCapital cannot be negative.")
        .Amount(input.ShareCapital, "ShareCapital")
        .When(!CodeLists.IsCurrency(input.AccountingCurrency), "AccountingCurrency", "code.currency", $"Currency '{input.AccountingCurrency}' is not an ISO 4217 code.")
        .When(!Clock.IsTimeZone(input.TimeZone), "TimeZone", "timezone.unknown", $"Time zone '{input.TimeZone}' is not a known IANA time zone.")
        .When(input.PaymentTermsDays is < 0 or > 365, "PaymentTermsDays", "range", "PaymentTermsDays must be between 0 and 365.")
        .When(!FiscalYear.IsClosingDay(input.FiscalYearEnd), "FiscalYearEnd", "fiscal-year.end-format",
            $"FiscalYearEnd '{input.FiscalYearEnd}' must be a day of the year as MM-dd, e.g. 12-31 or 06-30.")
        .When(input.DocumentRulesIds.Distinct(StringComparer.Ordinal).Count() != input.DocumentRulesIds.Count, "DocumentRulesIds", "duplicate",
            "A document rule set is named twice.")
        .Address(input.Address, "Address");
}
