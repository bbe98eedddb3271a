using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

public sealed class UblRoundTripTests
{
    [Theory]
    [MemberData(nameof(EInvoiceSnapshots.All), MemberType = typeof(EInvoiceSnapshots))]
    public void Export_then_read_gives_the_same_document(string name, DocumentSnapshot snapshot)
    {
        var format = new UblFormat();
        var xml = UblExports.Exported(snapshot);

        var read = format.Read(new EInvoiceReadRequest(xml, name + ".xml"));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.Empty(read.Problems);
        Assert.Equal("urn:cen.eu:en16931:2017", read.Profile);
        var back = read.Snapshot!;
        var expected = snapshot.Document;
        var actual = back.Document;
        Assert.Equal(expected.Number, actual.Number);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.IssueDate, actual.IssueDate);
        Assert.Equal(expected.Currency, actual.Currency);
        Assert.Equal(expected.PaymentTerms?.DueDate, actual.PaymentTerms?.DueDate);
        Assert.Equal(expected.PaymentTerms?.CreditorReference, actual.PaymentTerms?.CreditorReference);
        Assert.Equal(expected.PaymentTerms?.Description, actual.PaymentTerms?.Description);
        Assert.Equal(expected.DeliveryDate, actual.DeliveryDate);
        Assert.Equal(expected.DeliveryAddress?.Country, actual.DeliveryAddress?.Country);
        Assert.Equal(expected.BuyerReference, actual.BuyerReference);
        Assert.Equal(expected.PurchaseOrderReference, actual.PurchaseOrderReference);
        Assert.Equal(expected.PrecedingDocuments, actual.PrecedingDocuments);
        AssertSameParty(expected.Seller, actual.Seller);
        AssertSameParty(expected.Buyer, actual.Buyer);
        Assert.Equal(expected.Seller.BankAccount, actual.Seller.BankAccount);
        Assert.Equal(snapshot.Lines.Count, back.Lines.Count);
        for (var i = 0; i < snapshot.Lines.Count; i++)
        {
            var (before, after) = (snapshot.Lines[i], back.Lines[i]);
            Assert.Equal(before.NetAmount, after.NetAmount);
            Assert.Equal(before.Line.Quantity, after.Line.Quantity);
            Assert.Equal(before.Line.UnitPrice, after.Line.UnitPrice);
            Assert.Equal(before.Line.Unit, after.Line.Unit);
            Assert.Equal(before.Line.Discount, after.Line.Discount);
            Assert.Equal(before.Line.Description, after.Line.Description);
            Assert.Equal(before.Line.DeliveryDate, after.Line.DeliveryDate);
            Assert.Equal(before.Tax.Category, after.Tax.Category);
            Assert.Equal(before.Tax.RatePercent, after.Tax.RatePercent);
            Assert.Equal(before.Tax.ExemptionReasonCode, after.Tax.ExemptionReasonCode);
            Assert.Equal(before.Tax.TaxPoint, after.Tax.TaxPoint);
        }
        Assert.Equal(snapshot.AllowancesCharges.Select(a => (a.AllowanceCharge.IsCharge, a.AllowanceCharge.Amount, a.Tax.Category, a.Tax.RatePercent)),
            back.AllowancesCharges.Select(a => (a.AllowanceCharge.IsCharge, a.AllowanceCharge.Amount, a.Tax.Category, a.Tax.RatePercent)));
        Assert.Equal(snapshot.TaxBreakdown, back.TaxBreakdown);
        Assert.Equal(snapshot.Totals with { RoundingAmount = null }, back.Totals with { RoundingAmount = null });
    }

    [Fact]
    public void Notes_and_mentions_read_back_with_their_subject_codes()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;

        var back = new UblFormat().Read(new EInvoiceReadRequest(UblExports.Exported(snapshot))).Snapshot!;

        Assert.Contains(new DocumentNote("Merci pour votre confiance.", "AAI"), back.Document.Notes);
        foreach (var mention in snapshot.Mentions)
            Assert.Contains(new DocumentNote(mention.Text, mention.SubjectCode), back.Document.Notes);
    }

    [Fact]
    public void Seller_legal_form_share_capital_and_register_read_back()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;

        var seller = new UblFormat().Read(new EInvoiceReadRequest(UblExports.Exported(snapshot))).Snapshot!.Document.Seller;

        Assert.Equal(snapshot.Document.Seller.LegalForm, seller.LegalForm);
        Assert.Equal(snapshot.Document.Seller.ShareCapital, seller.ShareCapital);
        Assert.Equal(snapshot.Document.Seller.RegistrationCity, seller.RegistrationCity);
        Assert.Equal(snapshot.Document.Seller.TradingName, seller.TradingName);
        Assert.Equal(snapshot.Document.Seller.Contact, seller.Contact);
    }

    private static void AssertSameParty(Party expected, Party actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.VatNumber, actual.VatNumber);
        Assert.Equal(expected.ElectronicAddress, actual.ElectronicAddress);
        Assert.Equal(expected.Address.Lines, actual.Address.Lines);
        Assert.Equal(expected.Address.PostCode, actual.Address.PostCode);
        Assert.Equal(expected.Address.City, actual.Address.City);
        Assert.Equal(expected.Address.Country, actual.Address.Country);
        Assert.Equal(expected.Address.Subdivision, actual.Address.Subdivision);
        Assert.Equal(
            expected.Identifiers.OrderBy(i => i.SchemeId, StringComparer.Ordinal),
            actual.Identifiers.OrderBy(i => i.SchemeId, StringComparer.Ordinal));
    }
}
