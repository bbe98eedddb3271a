using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 core rules on the invoice as a whole: BR-01 to BR-05, BR-16, BR-29, BR-53 and BR-55 (BR-CO-19, a period
/// with a start or an end, holds by construction: the SDK's period has both). Texts from
/// ConnectingEurope/eInvoicing-EN16931, cii/schematron/abstract/EN16931-CII-model.sch.
/// </summary>
internal static class DocumentRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var document = invoice.Document;
        if (InvoiceUnderCheck.Blank(invoice.SpecificationId) is null)
            problems.Add(Violation.Of("BR-01", "An Invoice shall have a Specification identifier (BT-24).", "BT-24"));
        if (InvoiceUnderCheck.Blank(document.Number) is null)
            problems.Add(Violation.Of("BR-02", "An Invoice shall have an Invoice number (BT-1).", "Number"));
        if (document.IssueDate == default)
            problems.Add(Violation.Of("BR-03", "An Invoice shall have an Invoice issue date (BT-2).", "IssueDate"));
        if (invoice.TypeCode is null)
            problems.Add(Violation.Of("BR-04", "An Invoice shall have an Invoice type code (BT-3).", "Type"));
        if (InvoiceUnderCheck.Blank(invoice.Currency) is null)
            problems.Add(Violation.Of("BR-05", "An Invoice shall have an Invoice currency code (BT-5).", "Currency"));
        if (invoice.Snapshot.Lines.Count == 0)
            problems.Add(Violation.Of("BR-16", "An Invoice shall have at least one Invoice line (BG-25).", "Lines"));

        if (document.InvoicingPeriod is { } period && period.End < period.Start)
        {
            problems.Add(Violation.Of("BR-29", "If both Invoicing period start date (BT-73) and Invoicing period end date (BT-74) are given then the Invoicing period end date (BT-74) shall be later or equal to the Invoicing period start date (BT-73).",
                "InvoicingPeriod.End", $"{period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}"));
        }

        // BR-53 as bound to CII: BT-111 is given in the VAT accounting currency (BT-6), which differs from BT-5.
        if (invoice.AccountingCurrency is { } accounting)
        {
            var taxInAccounting = invoice.Snapshot.Totals.TaxTotalInAccountingCurrency;
            if (taxInAccounting is null || taxInAccounting.Value.Currency.Value != accounting)
            {
                problems.Add(Violation.Of("BR-53",
                    "If the VAT accounting currency code (BT-6) is present, then the Invoice total VAT amount in accounting currency (BT-111) shall be provided.",
                    "Totals.TaxTotalInAccountingCurrency",
                    $"BT-6 {Violation.Show(accounting)}, BT-5 {Violation.Show(invoice.Currency)}, BT-111 {(taxInAccounting is null ? "(none)" : taxInAccounting.Value.ToString())}"));
            }
        }

        for (var i = 0; i < document.PrecedingDocuments.Count; i++)
        {
            if (InvoiceUnderCheck.Blank(document.PrecedingDocuments[i].Number) is null)
            {
                problems.Add(Violation.Of("BR-55", "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).",
                    $"PrecedingDocuments[{i.ToString(CultureInfo.InvariantCulture)}].Number"));
            }
        }
    }
}
