using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>Key business terms land where the EN 16931 CII binding puts them.</summary>
public sealed class CiiContentTests
{
    private const string Header = "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument";
    private const string Context = "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext";
    private const string Transaction = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction";
    private const string Seller = Transaction + "/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";
    private const string Buyer = Transaction + "/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty";
    private const string Settlement = Transaction + "/ram:ApplicableHeaderTradeSettlement";
    private const string Summation = Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    [Theory]
    [InlineData(nameof(EInvoiceSnapshots.DomesticStandard), "380", "M1")]
    [InlineData(nameof(EInvoiceSnapshots.ReverseCharge), "380", "S1")]
    [InlineData(nameof(EInvoiceSnapshots.Export), "380", "B1")]
    [InlineData(nameof(EInvoiceSnapshots.IntraEuGoods), "380", "B1")]
    [InlineData(nameof(EInvoiceSnapshots.CreditNote), "381", "S1")]
    [InlineData(nameof(EInvoiceSnapshots.DepositInvoice), "386", "S1")]
    [InlineData(nameof(EInvoiceSnapshots.FinalInvoiceAfterDeposit), "380", "S4")]
    public void Type_code_and_business_process_follow_the_document(string fixture, string typeCode, string process)
    {
        var xml = CiiTestKit.Export(Fixture(fixture));
        Assert.Equal(typeCode, CiiTestKit.Value(xml, Header + "/ram:TypeCode"));
        Assert.Equal(process, CiiTestKit.Value(xml, Context + "/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"));
        Assert.Equal(SpecificationIds.En16931, CiiTestKit.Value(xml, Context + "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"));
    }

    [Fact]
    public void Siren_is_the_legal_registration_and_siret_a_global_id()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var xml = CiiTestKit.Export(snapshot);
        var seller = snapshot.Document.Seller;
        Assert.Equal(seller.IdentifierOf(PartyIdentifier.SirenScheme), CiiTestKit.Value(xml, Seller + "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']"));
        Assert.Equal(seller.IdentifierOf(PartyIdentifier.SiretScheme), CiiTestKit.Value(xml, Seller + "/ram:GlobalID[@schemeID='0009']"));
        Assert.Empty(CiiTestKit.Values(xml, Seller + "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0009']"));
        Assert.Equal(snapshot.Document.Buyer.IdentifierOf(PartyIdentifier.SirenScheme), CiiTestKit.Value(xml, Buyer + "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']"));
        Assert.Equal(seller.VatNumber, CiiTestKit.Value(xml, Seller + "/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"));
        Assert.Equal(seller.ElectronicAddress!.Value, CiiTestKit.Value(xml, Seller + "/ram:URIUniversalCommunication/ram:URIID[@schemeID='0225']"));
        Assert.Contains("capital 10000.00 EUR", CiiTestKit.Value(xml, Seller + "/ram:Description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Payment_reference_account_terms_and_mentions_are_written()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var xml = CiiTestKit.Export(snapshot);
        Assert.Equal(snapshot.Document.PaymentTerms!.CreditorReference, CiiTestKit.Value(xml, Settlement + "/ram:PaymentReference"));
        Assert.Equal(PaymentMeansCodes.SepaCreditTransfer, CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode"));
        Assert.Equal(snapshot.Document.Seller.BankAccount!.Iban,
            CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID"));
        Assert.Equal(snapshot.Document.Seller.BankAccount!.Bic,
            CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"));
        Assert.Equal("20261202", CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"));
        Assert.Equal(snapshot.Document.BuyerReference, CiiTestKit.Value(xml, Transaction + "/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference"));
        Assert.Equal(snapshot.Document.PurchaseOrderReference,
            CiiTestKit.Value(xml, Transaction + "/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"));
        foreach (var code in new[] { "PMT", "PMD", "AAB" })
        {
            var mention = Assert.Single(snapshot.Mentions, m => m.SubjectCode == code);
            Assert.Equal(mention.Text, CiiTestKit.Value(xml, $"{Header}/ram:IncludedNote[ram:SubjectCode='{code}']/ram:Content"));
        }
    }

    [Fact]
    public void Accounting_currency_vat_total_is_a_second_tax_total()
    {
        var snapshot = EInvoiceSnapshots.ForeignCurrency;
        var xml = CiiTestKit.Export(snapshot);
        Assert.Equal("USD", CiiTestKit.Value(xml, Settlement + "/ram:InvoiceCurrencyCode"));
        Assert.Equal("EUR", CiiTestKit.Value(xml, Settlement + "/ram:TaxCurrencyCode"));
        Assert.Equal(2, CiiTestKit.Values(xml, Summation + "/ram:TaxTotalAmount").Count);
        Assert.Equal(snapshot.Totals.TaxTotal.Amount, CiiTestKit.Number(CiiTestKit.Value(xml, Summation + "/ram:TaxTotalAmount[@currencyID='USD']")));
        Assert.Equal(snapshot.Totals.TaxTotalInAccountingCurrency!.Value.Amount,
            CiiTestKit.Number(CiiTestKit.Value(xml, Summation + "/ram:TaxTotalAmount[@currencyID='EUR']")));
    }

    [Theory]
    [InlineData(nameof(EInvoiceSnapshots.CreditNote))]
    [InlineData(nameof(EInvoiceSnapshots.FinalInvoiceAfterDeposit))]
    public void Preceding_invoice_is_referenced(string fixture)
    {
        var snapshot = Fixture(fixture);
        var xml = CiiTestKit.Export(snapshot);
        var preceding = Assert.Single(snapshot.Document.PrecedingDocuments);
        Assert.Equal(preceding.Number, CiiTestKit.Value(xml, Settlement + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"));
        Assert.Equal(preceding.IssueDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            CiiTestKit.Value(xml, Settlement + "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString[@format='102']"));
    }

    [Fact]
    public void Deducted_deposit_is_a_negative_quantity_at_a_positive_price()
    {
        var snapshot = EInvoiceSnapshots.FinalInvoiceAfterDeposit;
        var deduction = Assert.Single(snapshot.Lines, l => l.Line.UnitPrice < 0m);
        var xml = CiiTestKit.Export(snapshot);
        var item = $"{Transaction}/ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument/ram:LineID='{deduction.Line.LineId}']";
        Assert.Equal(-deduction.Line.Quantity, CiiTestKit.Number(CiiTestKit.Value(xml, item + "/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")));
        Assert.Equal(-deduction.Line.UnitPrice,
            CiiTestKit.Number(CiiTestKit.Value(xml, item + "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount")));
        Assert.Equal(deduction.NetAmount.Amount,
            CiiTestKit.Number(CiiTestKit.Value(xml, item + "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")));
        Assert.All(CiiTestKit.Values(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount"), p => Assert.True(CiiTestKit.Number(p) >= 0m));
        Assert.All(CiiTestKit.Values(xml, Settlement + "/ram:ApplicableTradeTax/ram:DueDateTypeCode"), c => Assert.Equal("72", c));
    }

    [Fact]
    public void Allowances_charges_and_vat_breakdown_are_written_per_rate()
    {
        var snapshot = EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges;
        var xml = CiiTestKit.Export(snapshot);
        Assert.Equal(3, CiiTestKit.Values(xml, Settlement + "/ram:ApplicableTradeTax").Count);
        foreach (var subtotal in snapshot.TaxBreakdown)
        {
            var rate = subtotal.RatePercent.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
            var tax = $"{Settlement}/ram:ApplicableTradeTax[ram:RateApplicablePercent='{rate}']";
            Assert.Equal(subtotal.TaxableAmount.Amount, CiiTestKit.Number(CiiTestKit.Value(xml, tax + "/ram:BasisAmount")));
            Assert.Equal(subtotal.TaxAmount.Amount, CiiTestKit.Number(CiiTestKit.Value(xml, tax + "/ram:CalculatedAmount")));
        }
        var allowance = Settlement + "/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator='false']";
        Assert.Equal("5", CiiTestKit.Value(xml, allowance + "/ram:CalculationPercent"));
        Assert.Equal("95", CiiTestKit.Value(xml, allowance + "/ram:ReasonCode"));
        Assert.Equal("S", CiiTestKit.Value(xml, allowance + "/ram:CategoryTradeTax/ram:CategoryCode"));
        Assert.Equal("10", CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator='true']/ram:CategoryTradeTax/ram:RateApplicablePercent"));
        Assert.Equal(2, CiiTestKit.Values(xml, Transaction + "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge").Count);
        Assert.Equal(snapshot.Totals.AllowanceTotal.Amount, CiiTestKit.Number(CiiTestKit.Value(xml, Summation + "/ram:AllowanceTotalAmount")));
        Assert.Equal(snapshot.Totals.AmountDue.Amount, CiiTestKit.Number(CiiTestKit.Value(xml, Summation + "/ram:DuePayableAmount")));
    }

    [Theory]
    [InlineData(nameof(EInvoiceSnapshots.Franchise), "E", "VATEX-FR-FRANCHISE")]
    [InlineData(nameof(EInvoiceSnapshots.ReverseCharge), "AE", "VATEX-EU-AE")]
    [InlineData(nameof(EInvoiceSnapshots.IntraEuGoods), "K", "VATEX-EU-IC")]
    [InlineData(nameof(EInvoiceSnapshots.Export), "G", "VATEX-EU-G")]
    public void Exemptions_state_category_reason_and_code(string fixture, string category, string code)
    {
        var snapshot = Fixture(fixture);
        var xml = CiiTestKit.Export(snapshot);
        var tax = Settlement + "/ram:ApplicableTradeTax";
        Assert.Equal(category, CiiTestKit.Value(xml, tax + "/ram:CategoryCode"));
        Assert.Equal(code, CiiTestKit.Value(xml, tax + "/ram:ExemptionReasonCode"));
        Assert.Equal(snapshot.TaxBreakdown[0].ExemptionReason, CiiTestKit.Value(xml, tax + "/ram:ExemptionReason"));
        Assert.Equal(0m, CiiTestKit.Number(CiiTestKit.Value(xml, tax + "/ram:CalculatedAmount")));
    }

    [Fact]
    public void Intra_community_supply_states_delivery_date_and_country()
    {
        var snapshot = EInvoiceSnapshots.IntraEuGoods;
        var xml = CiiTestKit.Export(snapshot);
        var delivery = Transaction + "/ram:ApplicableHeaderTradeDelivery";
        Assert.Equal("20261105", CiiTestKit.Value(xml, delivery + "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"));
        Assert.Equal("BE", CiiTestKit.Value(xml, delivery + "/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID"));
        Assert.Equal(snapshot.Document.Buyer.VatNumber, CiiTestKit.Value(xml, Buyer + "/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"));
    }

    private static DocumentSnapshot Fixture(string name) =>
        (DocumentSnapshot)EInvoiceSnapshots.All.Single(row => (string)row[0] == name)[1];
}
