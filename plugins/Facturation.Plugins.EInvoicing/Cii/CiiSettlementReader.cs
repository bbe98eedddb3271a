using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>Reads <c>ram:ApplicableHeaderTradeSettlement</c>: VAT breakdown (BG-23), document allowances and charges
/// (BG-20, BG-21), payment terms and means (BT-9, BT-20, BT-83, BT-89, BG-17), preceding invoices (BG-3).</summary>
internal static class CiiSettlementReader
{
    /// <summary>The VAT breakdown, and the category/rate pairs whose VAT is due on payment (BT-8 = 72).</summary>
    public static (IReadOnlyList<TaxSubtotal> Breakdown, HashSet<(VatCategory, decimal)> OnPayment) ReadBreakdown(CiiNode settlement, CurrencyCode currency)
    {
        var breakdown = new List<TaxSubtotal>();
        var onPayment = new HashSet<(VatCategory, decimal)>();
        foreach (var tax in settlement.Children("ram:ApplicableTradeTax"))
        {
            var decision = CiiTaxReader.Read(tax);
            breakdown.Add(new TaxSubtotal(decision.Category, decision.RatePercent,
                new Money(tax.RequiredDecimal("ram:BasisAmount", "The VAT category taxable amount (BT-116)"), currency),
                new Money(tax.RequiredDecimal("ram:CalculatedAmount", "The VAT category tax amount (BT-117)"), currency))
            {
                ExemptionReason = tax.Text("ram:ExemptionReason"),
                ExemptionReasonCode = tax.Text("ram:ExemptionReasonCode"),
            });
            if (tax.Text("ram:DueDateTypeCode") == CiiTaxCodes.PaidToDate)
                onPayment.Add((decision.Category, decision.RatePercent));
        }
        if (breakdown.Count == 0)
            settlement.Missing("ram:ApplicableTradeTax", "The VAT breakdown (BG-23)");
        return (breakdown, onPayment);
    }

    /// <summary>The document-level allowances and charges with their VAT.</summary>
    public static IEnumerable<(DocumentAllowanceCharge AllowanceCharge, TaxDecision Tax)> ReadAllowancesCharges(CiiNode settlement)
    {
        foreach (var ac in settlement.Children("ram:SpecifiedTradeAllowanceCharge"))
        {
            var tax = ac.Child("ram:CategoryTradeTax") is { } taxNode ? CiiTaxReader.Read(taxNode) : new TaxDecision(VatCategory.StandardRate, 0m);
            if (ac.Child("ram:CategoryTradeTax") is null)
                ac.Missing("ram:CategoryTradeTax", "The VAT category of a document allowance or charge (BT-95, BT-102)");
            var allowanceCharge = new DocumentAllowanceCharge(
                CiiLineReader.IsCharge(ac),
                ac.RequiredDecimal("ram:ActualAmount", "The document allowance or charge amount (BT-92, BT-99)"),
                CiiTaxReader.ClassOf(tax),
                ac.Text("ram:Reason") ?? string.Empty)
            {
                ReasonCode = ac.Text("ram:ReasonCode"),
                BaseAmount = ac.Decimal("ram:BasisAmount"),
                Percentage = ac.Decimal("ram:CalculationPercent"),
            };
            yield return (allowanceCharge, tax);
        }
    }

    /// <summary>The payment terms (due date, terms text, mandate, payment reference); <see langword="null"/> when the
    /// document states none.</summary>
    public static PaymentTerms? ReadPaymentTerms(CiiNode settlement)
    {
        var terms = settlement.Child("ram:SpecifiedTradePaymentTerms");
        var description = terms?.Text("ram:Description");
        var dueDate = terms?.Date("ram:DueDateDateTime");
        var mandate = terms?.Text("ram:DirectDebitMandateID");
        var reference = settlement.Text("ram:PaymentReference");
        if (description is null && dueDate is null && mandate is null && reference is null)
            return null;
        return new PaymentTerms(dueDate, description) { MandateReference = mandate, CreditorReference = reference };
    }

    /// <summary>The seller's account credited by transfer (BG-17), from the first payment means stating one.</summary>
    public static BankAccount? ReadPayeeAccount(CiiNode settlement)
    {
        foreach (var means in settlement.Children("ram:SpecifiedTradeSettlementPaymentMeans"))
        {
            var iban = means.Text("ram:PayeePartyCreditorFinancialAccount/ram:IBANID")
                ?? means.Text("ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID");
            if (iban is not null)
            {
                return new BankAccount(iban, means.Text("ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"),
                    means.Text("ram:PayeePartyCreditorFinancialAccount/ram:AccountName"));
            }
        }
        return null;
    }

    /// <summary>The preceding invoices (BG-3). The syntax states no type: a credit note corrects invoices, and an
    /// invoice of an operation with deposits (BT-23 ending in 4) deducts deposit invoices. A reference without its
    /// date (BT-26 is optional) is dated <see cref="DateOnly.MinValue"/>.</summary>
    public static IReadOnlyList<DocumentReference> ReadPreceding(CiiNode settlement, DocumentType type, string? process)
    {
        var referencedType = type == DocumentType.Invoice && process is { Length: 2 } && process[1] == '4'
            ? DocumentType.DepositInvoice
            : DocumentType.Invoice;
        return settlement.Children("ram:InvoiceReferencedDocument")
            .Select(r => (Number: r.Text("ram:IssuerAssignedID"), Date: r.Date("ram:FormattedIssueDateTime")))
            .Where(static r => r.Number is not null)
            .Select(r => new DocumentReference(r.Number!, r.Date ?? DateOnly.MinValue, referencedType))
            .ToList();
    }
}
