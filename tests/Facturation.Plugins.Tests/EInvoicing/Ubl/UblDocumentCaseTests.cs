using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;
using static Facturation.Plugins.Tests.EInvoicing.Ubl.UblStandards;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

public sealed class UblDocumentCaseTests
{
    [Fact]
    public void Foreign_currency_has_a_second_tax_total_in_the_accounting_currency()
    {
        var snapshot = EInvoiceSnapshots.ForeignCurrency;
        var xml = UblExports.Exported(snapshot);
        var accounting = snapshot.Totals.TaxTotalInAccountingCurrency!.Value;

        Assert.Equal("USD", Text(xml, "/inv:Invoice/cbc:DocumentCurrencyCode"));
        Assert.Equal("EUR", Text(xml, "/inv:Invoice/cbc:TaxCurrencyCode"));
        Assert.Equal(2, Count(xml, "/inv:Invoice/cac:TaxTotal"));
        Assert.Equal("USD", Text(xml, "/inv:Invoice/cac:TaxTotal[1]/cbc:TaxAmount/@currencyID"));
        Assert.Equal("EUR", Text(xml, "/inv:Invoice/cac:TaxTotal[2]/cbc:TaxAmount/@currencyID"));
        Assert.Equal(accounting.Amount, Number(xml, "/inv:Invoice/cac:TaxTotal[2]/cbc:TaxAmount"));
        Assert.Equal(0, Count(xml, "/inv:Invoice/cac:TaxTotal[2]/cac:TaxSubtotal"));
    }

    [Fact]
    public void Domestic_invoice_has_no_tax_currency()
    {
        var xml = UblExports.Exported(EInvoiceSnapshots.DomesticStandard);

        Assert.Equal(0, Count(xml, "/inv:Invoice/cbc:TaxCurrencyCode"));
        Assert.Equal(1, Count(xml, "/inv:Invoice/cac:TaxTotal"));
    }

    [Fact]
    public void Credit_note_is_a_CreditNote_referencing_the_corrected_invoice()
    {
        var snapshot = EInvoiceSnapshots.CreditNote;
        var xml = UblExports.Exported(snapshot);
        var line = snapshot.Lines[0].Line;

        Assert.Equal(0, Count(xml, "/inv:Invoice"));
        Assert.Equal("F-2026-0101", Text(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        Assert.Equal("2026-11-02", Text(xml, "/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"));
        Assert.Equal(line.Quantity, Number(xml, "/cn:CreditNote/cac:CreditNoteLine[1]/cbc:CreditedQuantity"));
        Assert.Equal(line.Unit.Value, Text(xml, "/cn:CreditNote/cac:CreditNoteLine[1]/cbc:CreditedQuantity/@unitCode"));
        Assert.True(Number(xml, "/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount") > 0);
        Assert.Equal(0, Count(xml, "//cbc:DueDate"));
    }

    [Fact]
    public void Credit_note_due_date_goes_to_the_payment_means_and_reads_back()
    {
        var snapshot = EInvoiceSnapshots.CreditNote;
        var due = new DateOnly(2026, 11, 27);
        var withDue = snapshot with
        {
            Document = snapshot.Document with { PaymentTerms = snapshot.Document.PaymentTerms! with { DueDate = due } },
        };
        var withoutAccount = withDue with
        {
            Document = withDue.Document with { Seller = withDue.Document.Seller with { BankAccount = null } },
        };

        var xml = UblExports.Exported(withDue);
        var noAccount = UblExports.Exported(withoutAccount);
        var back = new UblFormat().Read(new EInvoiceReadRequest(xml)).Snapshot!;

        Assert.Equal("2026-11-27", Text(xml, "/cn:CreditNote/cac:PaymentMeans/cbc:PaymentDueDate"));
        Assert.Equal(0, Count(xml, "//cbc:DueDate"));
        Assert.Equal(due, back.Document.PaymentTerms?.DueDate);
        Assert.Equal("1", Text(noAccount, "/cn:CreditNote/cac:PaymentMeans/cbc:PaymentMeansCode"));
        Assert.Equal(0, Count(noAccount, "//cac:PayeeFinancialAccount"));
        Assert.Empty(SchemaErrors(noAccount));
    }

    [Fact]
    public void Deduction_line_has_a_negative_quantity_and_a_positive_price()
    {
        var snapshot = EInvoiceSnapshots.FinalInvoiceAfterDeposit;
        var xml = UblExports.Exported(snapshot);
        var deduction = snapshot.Lines[1];
        const string line = "/inv:Invoice/cac:InvoiceLine[2]";

        Assert.True(deduction.Line.UnitPrice < 0);
        Assert.Equal(-1m, Number(xml, $"{line}/cbc:InvoicedQuantity"));
        Assert.Equal(-deduction.Line.UnitPrice, Number(xml, $"{line}/cac:Price/cbc:PriceAmount"));
        Assert.Equal(deduction.NetAmount.Amount, Number(xml, $"{line}/cbc:LineExtensionAmount"));
        Assert.Equal("F-2026-0041", Text(xml, "/inv:Invoice/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        Assert.Equal("380", Text(xml, "/inv:Invoice/cbc:InvoiceTypeCode"));
    }

    [Fact]
    public void Allowances_charges_and_rates_are_written_per_rate()
    {
        var snapshot = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        var xml = UblExports.Exported(snapshot);

        Assert.Equal(1, Count(xml, "/inv:Invoice/cac:AllowanceCharge[cbc:ChargeIndicator='false' and cbc:AllowanceChargeReasonCode='95']"));
        Assert.Equal(1, Count(xml, "/inv:Invoice/cac:AllowanceCharge[cbc:ChargeIndicator='true' and cbc:AllowanceChargeReasonCode='FC']"));
        Assert.Equal(5m, Number(xml, "/inv:Invoice/cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:MultiplierFactorNumeric"));
        Assert.Equal(3, Count(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal"));
        Assert.Equal(1, Count(xml, "/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID='S' and cbc:Percent='5.5']"));
        Assert.Equal(13.5m, Number(xml, "/inv:Invoice/cac:InvoiceLine[1]/cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount"));
        Assert.Equal("Remise quantité", Text(xml, "/inv:Invoice/cac:InvoiceLine[1]/cac:AllowanceCharge/cbc:AllowanceChargeReason"));
        Assert.Equal(snapshot.Totals.AllowanceTotal.Amount, Number(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount"));
        Assert.Equal(snapshot.Totals.ChargeTotal.Amount, Number(xml, "/inv:Invoice/cac:LegalMonetaryTotal/cbc:ChargeTotalAmount"));
    }

    [Fact]
    public void Exemptions_and_delivery_are_written()
    {
        var franchise = UblExports.Exported(EInvoiceSnapshots.Franchise);
        var intraEu = UblExports.Exported(EInvoiceSnapshots.IntraEuGoods);

        Assert.Equal("VATEX-FR-FRANCHISE", Text(franchise, "//cac:TaxSubtotal/cac:TaxCategory[cbc:ID='E']/cbc:TaxExemptionReasonCode"));
        Assert.Equal(1, Count(franchise, "/inv:Invoice/cbc:Note[. = 'TVA non applicable, art. 293 B du CGI']"));
        Assert.Equal("K", Text(intraEu, "/inv:Invoice/cac:InvoiceLine[1]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID"));
        Assert.Equal("2026-11-05", Text(intraEu, "/inv:Invoice/cac:Delivery/cbc:ActualDeliveryDate"));
        Assert.Equal("BE", Text(intraEu, "/inv:Invoice/cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode"));
        Assert.Equal("Wondelgem", Text(intraEu, "/inv:Invoice/cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CityName"));
    }

    [Fact]
    public void VAT_due_on_payment_is_stated_as_paid_to_date()
    {
        var deposit = UblExports.Exported(EInvoiceSnapshots.DepositInvoice);
        var domestic = UblExports.Exported(EInvoiceSnapshots.DomesticStandard);

        Assert.All(EInvoiceSnapshots.DepositInvoice.Lines, l => Assert.Equal(Facturation.Sdk.Taxes.TaxPoint.OnPayment, l.Tax.TaxPoint));
        Assert.Equal("432", Text(deposit, "/inv:Invoice/cac:InvoicePeriod/cbc:DescriptionCode"));
        Assert.Equal(0, Count(domestic, "/inv:Invoice/cac:InvoicePeriod"));
    }

    [Fact]
    public void Direct_debit_writes_the_mandate_and_no_payee_account()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var debited = snapshot with
        {
            Document = snapshot.Document with { PaymentTerms = snapshot.Document.PaymentTerms! with { MandateReference = "RUM-2026-0042" } },
        };

        var xml = UblExports.Exported(debited);
        var back = new UblFormat().Read(new EInvoiceReadRequest(xml)).Snapshot!;

        Assert.Equal("59", Text(xml, "/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"));
        Assert.Equal("RUM-2026-0042", Text(xml, "/inv:Invoice/cac:PaymentMeans/cac:PaymentMandate/cbc:ID"));
        Assert.Equal(0, Count(xml, "//cac:PayeeFinancialAccount"));
        Assert.Empty(SchemaErrors(xml));
        Assert.Equal("RUM-2026-0042", back.Document.PaymentTerms?.MandateReference);
    }
}
