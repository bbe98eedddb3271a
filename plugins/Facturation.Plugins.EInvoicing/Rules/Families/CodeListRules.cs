using System.Globalization;
using Facturation.Plugins.EInvoicing.Rules.CodeLists;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 code list rules BR-CL-01 to BR-CL-25 that apply to what the snapshot carries, with the lists of the
/// CEN/TC 434 validation artefacts 1.3.12 (<see cref="En16931CodeLists"/>). Texts from
/// ConnectingEurope/eInvoicing-EN16931, cii/schematron/codelist/EN16931-CII-codes.sch.
/// </summary>
internal static class CodeListRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var document = invoice.Document;
        var snapshot = invoice.Snapshot;
        Code(En16931CodeLists.DocumentTypes, "BR-CL-01", "The document type code MUST be coded by the invoice and credit note related code lists of UNTDID 1001.", invoice.TypeCode, "Type", problems);
        CheckAmountCurrencies(snapshot, problems);
        Code(En16931CodeLists.Currencies, "BR-CL-04", "Invoice currency code MUST be coded using ISO code list 4217 alpha-3", invoice.Currency, "Currency", problems);
        if (invoice.AccountingCurrency is not null)
            Code(En16931CodeLists.Currencies, "BR-CL-05", "Tax currency code MUST be coded using ISO code list 4217 alpha-3", invoice.AccountingCurrency, "AccountingExchangeRate.To", problems);

        for (var i = 0; i < document.Notes.Count; i++)
            Subject(document.Notes[i].SubjectCode, $"Notes[{Index(i)}].SubjectCode", problems);
        for (var i = 0; i < snapshot.Mentions.Count; i++)
            Subject(snapshot.Mentions[i].SubjectCode, $"Mentions[{Index(i)}].SubjectCode", problems);

        CheckParty(document.Seller, "Seller", problems);
        CheckParty(document.Buyer, "Buyer", problems);
        if (document.DeliveryAddress is { } delivery)
            Country(delivery.Country.Value, "DeliveryAddress.Country", problems);

        if (invoice.PaymentMeansCode is not null)
            Code(En16931CodeLists.PaymentMeans, "BR-CL-16", "Payment means in an invoice MUST be coded using UNTDID 4461 code list", invoice.PaymentMeansCode, "BT-81", problems);

        CheckTaxCodes(invoice, problems);

        for (var i = 0; i < snapshot.Lines.Count; i++)
        {
            Code(En16931CodeLists.Units, "BR-CL-23", "Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 extension",
                snapshot.Lines[i].Line.Unit.Value, $"Lines[{Index(i)}].Unit", problems);
        }
    }

    private static void CheckTaxCodes(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        const string Categories = "Invoice tax categories MUST be coded using UNCL 5305 code list";
        const string Exemptions = "Tax exemption reason code identifier scheme identifier MUST belong to the CEF VATEX code list";
        var snapshot = invoice.Snapshot;
        foreach (var item in invoice.TaxedItems)
        {
            var id = item.Kind == TaxedItemKind.Line ? "BR-CL-18" : "BR-CL-17";
            Code(En16931CodeLists.VatCategories, id, Categories, CodeOf(item.Category), item.Field + ".Tax.Category", problems);
        }
        for (var i = 0; i < snapshot.TaxBreakdown.Count; i++)
        {
            var row = snapshot.TaxBreakdown[i];
            var field = InvoiceUnderCheck.BreakdownField(i);
            Code(En16931CodeLists.VatCategories, "BR-CL-18", Categories, CodeOf(row.Category), field + ".Category", problems);
            if (row.ExemptionReasonCode is not null)
                Code(En16931CodeLists.ExemptionReasons, "BR-CL-22", Exemptions, row.ExemptionReasonCode, field + ".ExemptionReasonCode", problems);
        }
        for (var i = 0; i < snapshot.Lines.Count; i++)
        {
            if (snapshot.Lines[i].Tax.ExemptionReasonCode is { } code)
                Code(En16931CodeLists.ExemptionReasons, "BR-CL-22", Exemptions, code, $"Lines[{Index(i)}].Tax.ExemptionReasonCode", problems);
        }
        for (var i = 0; i < snapshot.AllowancesCharges.Count; i++)
        {
            var field = $"AllowancesCharges[{Index(i)}]";
            var item = snapshot.AllowancesCharges[i];
            if (item.Tax.ExemptionReasonCode is { } code)
                Code(En16931CodeLists.ExemptionReasons, "BR-CL-22", Exemptions, code, field + ".Tax.ExemptionReasonCode", problems);
            if (item.AllowanceCharge.ReasonCode is not { } reason)
                continue;
            if (item.AllowanceCharge.IsCharge)
                Code(En16931CodeLists.ChargeReasons, "BR-CL-20", "Coded charge reasons MUST belong to the UNCL 7161 code list", reason, field + ".ReasonCode", problems);
            else
                Code(En16931CodeLists.AllowanceReasons, "BR-CL-19", "Coded allowance reasons MUST belong to the UNCL 5189 code list", reason, field + ".ReasonCode", problems);
        }
    }

    private static void CheckParty(Party party, string field, ICollection<Problem> problems)
    {
        if (party.Address is not null && party.Address.Country.Value is not null)
            Country(party.Address.Country.Value, field + ".Address.Country", problems);
        if (party.ElectronicAddress is { } address && InvoiceUnderCheck.Blank(address.SchemeId) is not null)
        {
            Code(En16931CodeLists.ElectronicAddressSchemes, "BR-CL-25", "Endpoint identifier scheme identifier MUST belong to the CEF EAS code list",
                address.SchemeId, field + ".ElectronicAddress.SchemeId", problems);
        }
        if (PartyIdentifiers.LegalRegistration(party) is { SchemeId: { } legalScheme })
        {
            Code(En16931CodeLists.IdentifierSchemes, "BR-CL-11", "Any registration identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.",
                legalScheme, field + ".Identifiers", problems);
        }
        foreach (var other in PartyIdentifiers.Others(party))
        {
            if (other.SchemeId is not null && !string.IsNullOrWhiteSpace(other.Value))
            {
                Code(En16931CodeLists.IdentifierSchemes, "BR-CL-10", "Any identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.",
                    other.SchemeId, field + ".Identifiers", problems);
            }
        }
    }

    // BR-CL-03: the currencyID of every amount (CII writes it on BT-110/BT-111, UBL on every amount).
    private static void CheckAmountCurrencies(Sdk.Documents.DocumentSnapshot snapshot, ICollection<Problem> problems)
    {
        var totals = snapshot.Totals;
        Money?[] amounts =
        [
            totals.LineNetTotal, totals.AllowanceTotal, totals.ChargeTotal, totals.TaxExclusiveAmount, totals.TaxTotal,
            totals.TaxInclusiveAmount, totals.PrepaidAmount, totals.AmountDue, totals.RoundingAmount, totals.TaxTotalInAccountingCurrency,
        ];
        var currencies = amounts.Where(static m => m is not null).Select(static m => m!.Value.Currency.Value)
            .Concat(snapshot.Lines.Select(static l => l.NetAmount.Currency.Value))
            .Concat(snapshot.TaxBreakdown.SelectMany(static r => new[] { r.TaxableAmount.Currency.Value, r.TaxAmount.Currency.Value }));
        foreach (var currency in currencies.Distinct())
            Code(En16931CodeLists.Currencies, "BR-CL-03", "currencyID MUST be coded using ISO code list 4217 alpha-3", currency, "Totals", problems);
    }

    private static void Subject(string? code, string field, ICollection<Problem> problems)
    {
        if (code is not null)
            Code(En16931CodeLists.NoteSubjects, "BR-CL-08", "Subject Code MUST be coded using a restriction of UNTDID 4451.", code, field, problems);
    }

    private static void Country(string? code, string field, ICollection<Problem> problems) =>
        Code(En16931CodeLists.Countries, "BR-CL-14", "Country codes in an invoice MUST be coded using ISO code list 3166-1", code, field, problems);

    private static void Code(CodeList list, string id, string rule, string? value, string field, ICollection<Problem> problems)
    {
        // A missing value is another rule's concern (BR-05, BR-23, ...): code list rules test values that are there.
        if (value is not null && !list.Contains(value))
            problems.Add(Violation.Of(id, rule, field, Violation.Show(value)));
    }

    private static string? CodeOf(VatCategory category) => Enum.IsDefined(category) ? category.ToCode() : null;

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
