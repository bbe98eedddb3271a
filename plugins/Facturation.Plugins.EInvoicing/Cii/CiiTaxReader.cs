using System.Globalization;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Reads the VAT category and rate of a CII tax block (<c>ApplicableTradeTax</c>, <c>CategoryTradeTax</c>).</summary>
internal static class CiiTaxReader
{
    /// <summary>The category and rate of the tax block <paramref name="tax"/>; an unknown or missing category code is a
    /// problem (and standard rate is assumed so that reading goes on). A missing rate is 0 (category O has none).</summary>
    public static TaxDecision Read(CiiNode tax)
    {
        var code = tax.Text("ram:CategoryCode");
        var category = VatCategory.StandardRate;
        if (code is null)
            tax.Missing("ram:CategoryCode", "The VAT category code (BT-118, BT-151, BT-95, BT-102)");
        else if (!VatCategoryCodes.TryParse(code, out category))
            tax.Report("einvoice.unknown-vat-category",
                $"'{code}' is not a VAT category code of EN 16931 (UNTDID 5305 subset: S, Z, E, AE, K, G, O, L, M).", "ram:CategoryCode");
        return new TaxDecision(category, tax.Decimal("ram:RateApplicablePercent") ?? 0m);
    }

    /// <summary>
    /// The tax class a received item is put in: the document states a category and a rate, not the seller's classes,
    /// so the class is named after them, e.g. <c>s-20</c>, <c>s-5-5</c>, <c>ae-0</c>.
    /// </summary>
    public static TaxClass ClassOf(TaxDecision tax)
    {
        var rate = tax.RatePercent.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', '-');
        return new TaxClass($"{tax.Category.ToCode().ToLowerInvariant()}-{rate}");
    }

    /// <summary>Completes a line's or an allowance's decision with what only the VAT breakdown states: the exemption
    /// reason and code (BT-120, BT-121) and the VAT point (BT-8).</summary>
    public static TaxDecision Complete(TaxDecision tax, IReadOnlyList<TaxSubtotal> breakdown, bool dueOnPayment)
    {
        var subtotal = breakdown.FirstOrDefault(b => b.Category == tax.Category && b.RatePercent == tax.RatePercent);
        return tax with
        {
            ExemptionReason = subtotal?.ExemptionReason,
            ExemptionReasonCode = subtotal?.ExemptionReasonCode,
            TaxPoint = dueOnPayment ? TaxPoint.OnPayment : TaxPoint.OnInvoicing,
        };
    }
}
