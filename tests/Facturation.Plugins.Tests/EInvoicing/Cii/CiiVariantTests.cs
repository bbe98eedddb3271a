using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>Variants of the fixtures: BASIC profile, direct debit, line charges, buyer identifiers.</summary>
public sealed class CiiVariantTests
{
    private const string Settlement = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
    private const string Buyer = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty";

    [Fact]
    public void Basic_profile_drops_what_it_cannot_carry_and_reads_back()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var xml = CiiTestKit.Export(snapshot, SpecificationIds.FacturXBasic);

        Assert.Empty(CiiTestKit.Values(xml, "//ram:DefinedTradeContact"));
        Assert.Empty(CiiTestKit.Values(xml, "//ram:BICID"));
        Assert.Empty(CiiTestKit.Values(xml, "//ram:SellerTradeParty/ram:Description"));
        Assert.Empty(CiiTestKit.Values(xml, "//ram:SpecifiedTradeProduct/ram:SellerAssignedID"));
        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml));
        Assert.True(import.Succeeded, string.Join(Environment.NewLine, import.Problems));
        Assert.Equal(SpecificationIds.FacturXBasic, import.Profile);
        Assert.Equal(snapshot.Totals, import.Snapshot!.Totals);
        Assert.Equal(snapshot.Document.Seller.BankAccount!.Iban, import.Snapshot.Document.Seller.BankAccount!.Iban);
    }

    [Fact]
    public void Basic_profile_refuses_a_rounding_amount()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var totals = snapshot.Totals;
        var rounded = snapshot with
        {
            Totals = totals with
            {
                RoundingAmount = new Money(0.01m, totals.AmountDue.Currency),
                AmountDue = totals.AmountDue with { Amount = totals.AmountDue.Amount + 0.01m },
            },
        };

        var basic = CiiTestKit.Format.Export(new EInvoiceExportRequest(rounded) { Profile = SpecificationIds.FacturXBasic });

        Assert.False(basic.Succeeded);
        Assert.Contains(basic.Problems, p => p.Code == "einvoice.profile-limit");
        var full = CiiTestKit.Export(rounded);
        Assert.Equal(0.01m, CiiTestKit.Number(CiiTestKit.Value(full, Settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:RoundingAmount")));
    }

    [Fact]
    public void Direct_debit_states_mandate_and_debited_account()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var document = snapshot.Document with
        {
            Buyer = snapshot.Document.Buyer with { BankAccount = new BankAccount("FR1420041010050500013M02606") },
            PaymentTerms = snapshot.Document.PaymentTerms! with { MandateReference = "MANDAT-2026-0042" },
        };
        var xml = CiiTestKit.Export(snapshot with { Document = document });

        Assert.Equal(PaymentMeansCodes.SepaDirectDebit, CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode"));
        Assert.Equal("FR1420041010050500013M02606", CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:IBANID"));
        Assert.Equal("MANDAT-2026-0042", CiiTestKit.Value(xml, Settlement + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID"));
        Assert.Empty(CiiTestKit.SchemaErrors(xml, CiiTestKit.FacturXEn16931Schema));
        var read = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml)).Snapshot!;
        Assert.Equal("MANDAT-2026-0042", read.Document.PaymentTerms!.MandateReference);
    }

    [Fact]
    public void Line_charge_is_written_as_a_charge_and_read_back_as_a_negative_discount()
    {
        var source = EInvoiceSnapshots.DomesticStandard.Document;
        var lines = source.Lines.Select(l => l.LineId == "2" ? l with { Discount = -15m, DiscountReason = "Frais de configuration" } : l).ToList();
        var snapshot = SnapshotPricing.Price(source with { Lines = lines }, FixtureTaxes.French, FixtureTaxes.BusinessPaymentMentions);
        var xml = CiiTestKit.Export(snapshot);

        var charge = "//ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument/ram:LineID='2']/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge";
        Assert.Equal("true", CiiTestKit.Value(xml, charge + "/ram:ChargeIndicator/udt:Indicator"));
        Assert.Equal(15m, CiiTestKit.Number(CiiTestKit.Value(xml, charge + "/ram:ActualAmount")));
        var read = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml)).Snapshot!;
        Assert.Equal(-15m, read.Lines[1].Line.Discount);
        Assert.Equal(snapshot.Lines[1].NetAmount, read.Lines[1].NetAmount);
    }

    [Fact]
    public void Buyer_states_a_single_identifier()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var buyer = snapshot.Document.Buyer with
        {
            Identifiers = [.. snapshot.Document.Buyer.Identifiers, new PartyIdentifier("3012345678901", "0088"), new PartyIdentifier("CLIENT-42")],
        };
        var xml = CiiTestKit.Export(snapshot with { Document = snapshot.Document with { Buyer = buyer } });

        Assert.Equal(1, CiiTestKit.Values(xml, Buyer + "/ram:ID").Count + CiiTestKit.Values(xml, Buyer + "/ram:GlobalID").Count);
        Assert.Equal(buyer.IdentifierOf(PartyIdentifier.SirenScheme), CiiTestKit.Value(xml, Buyer + "/ram:SpecifiedLegalOrganization/ram:ID"));
    }

    [Fact]
    public void Outside_scope_items_carry_no_rate()
    {
        var source = EInvoiceSnapshots.DomesticStandard.Document;
        var outside = new TaxDecision(VatCategory.OutsideScope, 0m) { ExemptionReason = "Débours", ExemptionReasonCode = "VATEX-EU-O" };
        var snapshot = SnapshotPricing.Price(source with { Seller = source.Seller with { VatNumber = null }, Buyer = source.Buyer with { VatNumber = null } }, _ => outside, []);
        var xml = CiiTestKit.Export(snapshot);

        Assert.Empty(CiiTestKit.Values(xml, "//ram:RateApplicablePercent"));
        Assert.Equal("O", CiiTestKit.Value(xml, Settlement + "/ram:ApplicableTradeTax/ram:CategoryCode"));
        var read = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml)).Snapshot!;
        Assert.Equal(VatCategory.OutsideScope, Assert.Single(read.TaxBreakdown).Category);
    }
}
