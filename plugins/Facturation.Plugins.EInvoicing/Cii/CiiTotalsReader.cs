using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Reads <c>ram:SpecifiedTradeSettlementHeaderMonetarySummation</c> (BG-22) as stated in the file.</summary>
internal static class CiiTotalsReader
{
    private const string Summation = "ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    /// <summary>The totals; the VAT total in the invoice currency is BT-110, one in another currency is BT-111.</summary>
    public static DocumentTotals Read(CiiNode settlement, CurrencyCode currency)
    {
        var node = settlement.Child(Summation);
        if (node is null)
        {
            settlement.Missing(Summation, "The document totals (BG-22)");
            var zero = Money.Zero(currency);
            return new DocumentTotals(zero, zero, zero, zero, zero, zero, zero, zero);
        }
        Money Required(string name, string term) => new(node.RequiredDecimal("ram:" + name, term), currency);
        Money Optional(string name) => new(node.Decimal("ram:" + name) ?? 0m, currency);

        Money? taxTotal = null;
        Money? accounting = null;
        foreach (var amount in node.Children("ram:TaxTotalAmount"))
        {
            var value = amount.Decimal(".");
            var code = amount.Attribute(".", "currencyID");
            if (value is null)
                continue;
            if (code is null || code == currency.Value)
                taxTotal ??= new Money(value.Value, currency);
            else if (CurrencyCode.IsWellFormed(code))
                accounting ??= new Money(value.Value, new CurrencyCode(code));
            else
                amount.Report("einvoice.bad-code", $"'{code}' is not an ISO 4217 currency code.");
        }
        return new DocumentTotals(
            Required("LineTotalAmount", "The sum of line net amounts (BT-106)"),
            Optional("AllowanceTotalAmount"),
            Optional("ChargeTotalAmount"),
            Required("TaxBasisTotalAmount", "The total without VAT (BT-109)"),
            taxTotal ?? Money.Zero(currency),
            Required("GrandTotalAmount", "The total with VAT (BT-112)"),
            Optional("TotalPrepaidAmount"),
            Required("DuePayableAmount", "The amount due for payment (BT-115)"))
        {
            RoundingAmount = node.Decimal("ram:RoundingAmount") is { } rounding ? new Money(rounding, currency) : null,
            TaxTotalInAccountingCurrency = accounting,
        };
    }
}
