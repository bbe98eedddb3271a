using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;
using static Facturation.Plugins.EInvoicing.Rules.RuleArithmetic;

namespace Facturation.Plugins.EInvoicing.Rules.Families.Vat;

/// <summary>Runs the ten rules of a <see cref="VatCategoryRuleSet"/> on an invoice.</summary>
internal static class VatCategoryChecks
{
    public static void Run(InvoiceUnderCheck invoice, VatCategoryRuleSet rules, ICollection<Problem> problems)
    {
        var items = invoice.ItemsIn(rules.Category).ToList();
        var rows = invoice.BreakdownIn(rules.Category).ToList();

        var presenceHolds = rules.ExactlyOneBreakdown
            ? (items.Count > 0 ? rows.Count == 1 : rows.Count == 0)
            : items.Count == 0 || rows.Count > 0;
        if (!presenceHolds)
            problems.Add(Violation.Of(rules.Id(1), rules.PresenceRule, "TaxBreakdown", $"{items.Count} item(s), {rows.Count} breakdown row(s) of category {rules.Name}"));

        CheckIdentifiers(invoice, rules, items, problems);
        foreach (var item in items)
            CheckRate(rules, item, problems);

        foreach (var (row, index) in rows)
        {
            var field = InvoiceUnderCheck.BreakdownField(index);
            CheckTaxableAmount(rules, items, row.TaxableAmount.Amount, row.RatePercent, field, problems);
            var tax = row.TaxAmount.Amount;
            if (rules.ZeroTaxRule is not null && tax != 0m)
                problems.Add(Violation.Of(rules.Id(9), rules.ZeroTaxRule, field + ".TaxAmount", Violation.Show(tax)));
            if (rules.RateTaxRule is not null)
            {
                // BR-S-09 as bound to CII: |BT-117| within one unit of round(|BT-116| × BT-119 / 100, 2), bounds excluded.
                var expected = ExpectedVat(row.TaxableAmount.Amount, row.RatePercent);
                if (!(Math.Abs(tax) - 1m < expected && Math.Abs(tax) + 1m > expected))
                    problems.Add(Violation.Of(rules.Id(9), rules.RateTaxRule, field + ".TaxAmount", $"{Violation.Show(tax)}, expected {Violation.Show(expected)}"));
            }
            var hasExemption = InvoiceUnderCheck.Blank(row.ExemptionReason) is not null || InvoiceUnderCheck.Blank(row.ExemptionReasonCode) is not null;
            if (hasExemption != rules.ExemptionRequired)
                problems.Add(Violation.Of(rules.Id(10), rules.ExemptionRule, field + ".ExemptionReason", $"{Violation.Show(row.ExemptionReason)} / {Violation.Show(row.ExemptionReasonCode)}"));
        }
    }

    private static void CheckIdentifiers(InvoiceUnderCheck invoice, VatCategoryRuleSet rules, List<TaxedItem> items, ICollection<Problem> problems)
    {
        if (items.Count == 0 || rules.IdentifiersHold(invoice))
            return;
        var found = $"seller VAT {Violation.Show(invoice.SellerVatId)}, seller tax registration {Violation.Show(invoice.SellerTaxRegistrationId)}, buyer VAT {Violation.Show(invoice.BuyerVatId)}, buyer legal id {Violation.Show(invoice.BuyerLegalRegistrationId)}";
        // The field at fault: the seller's VAT id when it is missing (or, for category O, present), else the buyer's.
        var field = (rules.Category == VatCategory.OutsideScope) == (invoice.SellerVatId is not null) ? "Seller.VatNumber" : "Buyer.VatNumber";
        foreach (var kind in items.Select(static i => i.Kind).Distinct())
        {
            var (number, subject) = kind switch
            {
                TaxedItemKind.Line => (2, "an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151)"),
                TaxedItemKind.Allowance => (3, "a Document level allowance (BG-20) where the Document level allowance VAT category code (BT-95)"),
                _ => (4, "a Document level charge (BG-21) where the Document level charge VAT category code (BT-102)"),
            };
            problems.Add(Violation.Of(rules.Id(number), $"An Invoice that contains {subject} is \"{rules.Name}\" {rules.IdentifierDemand}.", field, found));
        }
    }

    private static void CheckRate(VatCategoryRuleSet rules, TaxedItem item, ICollection<Problem> problems)
    {
        var (number, subject, demand, holds) = item.Kind switch
        {
            TaxedItemKind.Line => (5, "an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is \"{0}\" the Invoiced item VAT rate (BT-152)",
                rules.LineRateDemand, rules.LineRateHolds(item.RatePercent)),
            TaxedItemKind.Allowance => (6, "a Document level allowance (BG-20) where the Document level allowance VAT category code (BT-95) is \"{0}\" the Document level allowance VAT rate (BT-96)",
                rules.AllowanceChargeRateDemand, rules.AllowanceChargeRateHolds(item.RatePercent)),
            _ => (7, "a Document level charge (BG-21) where the Document level charge VAT category code (BT-102) is \"{0}\" the Document level charge VAT rate (BT-103)",
                rules.AllowanceChargeRateDemand, rules.AllowanceChargeRateHolds(item.RatePercent)),
        };
        if (!holds)
        {
            problems.Add(Violation.Of(rules.Id(number), "In " + subject.Replace("{0}", rules.Name, StringComparison.Ordinal) + " " + demand + ".",
                item.Field + ".Tax.RatePercent", Violation.Show(item.RatePercent)));
        }
    }

    private static void CheckTaxableAmount(VatCategoryRuleSet rules, List<TaxedItem> items, decimal taxable, decimal rate, string field, ICollection<Problem> problems)
    {
        var counted = rules.TaxableAmount == TaxableAmountCheck.ExactPerRate ? items.Where(i => i.RatePercent == rate).ToList() : items;
        var expected = RoundedSum(counted, TaxedItemKind.Line) + RoundedSum(counted, TaxedItemKind.Charge) - RoundedSum(counted, TaxedItemKind.Allowance);
        var holds = rules.TaxableAmount == TaxableAmountCheck.WithinOneUnit
            ? taxable - 1m < expected && taxable + 1m > expected
            : taxable == expected;
        if (!holds)
            problems.Add(Violation.Of(rules.Id(8), rules.TaxableAmountRule, field + ".TaxableAmount", $"{Violation.Show(taxable)}, expected {Violation.Show(expected)}"));
    }

    private static decimal RoundedSum(List<TaxedItem> items, TaxedItemKind kind) =>
        RoundToCents(items.Where(i => i.Kind == kind).Sum(static i => i.Amount));
}
