using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Reads document allowances and charges (BG-20, BG-21), the VAT breakdown (BG-23) and the totals (BG-22)
/// as the received document states them.</summary>
internal static class UblTotalsReader
{
    /// <summary>Every document-level <c>cac:AllowanceCharge</c>.</summary>
    public static List<PricedAllowanceCharge> ReadAllowancesCharges(UblNode root, bool dueOnPayment)
    {
        var result = new List<PricedAllowanceCharge>();
        foreach (var entry in root.Children("cac:AllowanceCharge"))
        {
            var isCharge = entry.Flag("cbc:ChargeIndicator");
            var (category, rate) = UblTaxCategoryReader.Read(entry, "cac:TaxCategory");
            var allowanceCharge = new DocumentAllowanceCharge(isCharge, entry.Required("cbc:Amount", "The allowance or charge amount (BT-92, BT-99)"),
                UblTaxCategoryReader.ClassOf(category, rate), entry.Text("cbc:AllowanceChargeReason") ?? string.Empty)
            {
                ReasonCode = entry.Text("cbc:AllowanceChargeReasonCode"),
                BaseAmount = entry.Decimal("cbc:BaseAmount"),
                Percentage = entry.Decimal("cbc:MultiplierFactorNumeric"),
            };
            result.Add(new PricedAllowanceCharge(allowanceCharge, UblTaxCategoryReader.Decision(category, rate, dueOnPayment)));
        }
        return result;
    }

    /// <summary>The <c>cac:TaxTotal</c> in the document currency: the one whose TaxAmount is in that currency, else
    /// the one with subtotals, else the first.</summary>
    public static UblNode? DocumentTaxTotal(UblNode root, CurrencyCode currency)
    {
        var totals = root.Children("cac:TaxTotal");
        return totals.FirstOrDefault(t => t.Attribute("cbc:TaxAmount", "currencyID") == currency.Value)
            ?? totals.FirstOrDefault(static t => t.Child("cac:TaxSubtotal") is not null)
            ?? (totals.Count > 0 ? totals[0] : null);
    }

    /// <summary>One row per <c>cac:TaxSubtotal</c> of the document-currency tax total.</summary>
    public static List<TaxSubtotal> ReadBreakdown(UblNode? taxTotal, CurrencyCode currency)
    {
        var rows = new List<TaxSubtotal>();
        if (taxTotal is null)
            return rows;
        foreach (var subtotal in taxTotal.Children("cac:TaxSubtotal"))
        {
            var (category, rate) = UblTaxCategoryReader.Read(subtotal, "cac:TaxCategory");
            rows.Add(new TaxSubtotal(category, rate,
                new Money(subtotal.Required("cbc:TaxableAmount", "The VAT category taxable amount (BT-116)"), currency),
                new Money(subtotal.Required("cbc:TaxAmount", "The VAT category tax amount (BT-117)"), currency))
            {
                ExemptionReason = subtotal.Text("cac:TaxCategory/cbc:TaxExemptionReason"),
                ExemptionReasonCode = subtotal.Text("cac:TaxCategory/cbc:TaxExemptionReasonCode"),
            });
        }
        return rows;
    }

    /// <summary>The totals of <c>cac:LegalMonetaryTotal</c>, BT-110 from the document-currency tax total and BT-111
    /// from the tax total in <paramref name="taxCurrency"/> (BT-6) when there is one.</summary>
    public static DocumentTotals ReadTotals(UblNode root, UblNode? taxTotal, CurrencyCode currency, CurrencyCode? taxCurrency)
    {
        var monetary = root.Child("cac:LegalMonetaryTotal");
        if (monetary is null)
            root.Report("einvoice.missing-value", "The document totals (BG-22) are missing.", "cac:LegalMonetaryTotal");
        Money Of(decimal amount) => new(amount, currency);
        decimal Required(string name, string term) => monetary?.Required(name, term) ?? 0m;
        decimal Optional(string name) => monetary?.Decimal(name) ?? 0m;
        var taxAmount = taxTotal is null ? 0m : taxTotal.Required("cbc:TaxAmount", "The invoice total VAT amount (BT-110)");
        Money? accounting = null;
        if (taxCurrency is { } other && other != currency
            && root.Children("cac:TaxTotal").FirstOrDefault(t => t.Attribute("cbc:TaxAmount", "currencyID") == other.Value) is { } second)
            accounting = new Money(second.Required("cbc:TaxAmount", "The VAT total in accounting currency (BT-111)"), other);
        return new DocumentTotals(
            Of(Required("cbc:LineExtensionAmount", "The sum of invoice line net amounts (BT-106)")),
            Of(Optional("cbc:AllowanceTotalAmount")),
            Of(Optional("cbc:ChargeTotalAmount")),
            Of(Required("cbc:TaxExclusiveAmount", "The invoice total amount without VAT (BT-109)")),
            Of(taxAmount),
            Of(Required("cbc:TaxInclusiveAmount", "The invoice total amount with VAT (BT-112)")),
            Of(Optional("cbc:PrepaidAmount")),
            Of(Required("cbc:PayableAmount", "The amount due for payment (BT-115)")))
        {
            RoundingAmount = monetary?.Decimal("cbc:PayableRoundingAmount") is { } rounding ? Of(rounding) : null,
            TaxTotalInAccountingCurrency = accounting,
        };
    }
}
