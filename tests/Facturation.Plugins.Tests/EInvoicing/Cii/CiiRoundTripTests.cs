using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.Cii;

/// <summary>What is written reads back the same.</summary>
public sealed class CiiRoundTripTests
{
    public static TheoryData<string, DocumentSnapshot> Fixtures => EInvoiceSnapshots.All;

    [Theory]
    [MemberData(nameof(Fixtures))]
    internal void Export_then_read_gives_the_same_document(string name, DocumentSnapshot sent)
    {
        var import = CiiTestKit.Format.Read(new EInvoiceReadRequest(CiiTestKit.Export(sent), name + ".xml"));

        Assert.True(import.Succeeded, string.Join(Environment.NewLine, import.Problems));
        Assert.Empty(import.Problems);
        Assert.Equal(SpecificationIds.En16931, import.Profile);
        var received = import.Snapshot!;
        var (s, r) = (sent.Document, received.Document);
        Assert.Equal(s.Number, r.Number);
        Assert.Equal(s.Type, r.Type);
        Assert.Equal(s.IssueDate, r.IssueDate);
        Assert.Equal(s.Currency, r.Currency);
        Assert.Equal(s.DeliveryDate, r.DeliveryDate);
        Assert.Equal(s.DeliveryAddress?.Country, r.DeliveryAddress?.Country);
        Assert.Equal(s.BuyerReference, r.BuyerReference);
        Assert.Equal(s.PurchaseOrderReference, r.PurchaseOrderReference);
        Assert.Equal(s.PaymentTerms, r.PaymentTerms);
        Assert.Equal(s.PrecedingDocuments, r.PrecedingDocuments);
        SameParty(s.Seller, r.Seller);
        SameParty(s.Buyer, r.Buyer);
        Assert.Equal(s.Seller.BankAccount, r.Seller.BankAccount);
        Assert.Equal((s.Seller.LegalForm, s.Seller.ShareCapital, s.Seller.RegistrationCity), (r.Seller.LegalForm, r.Seller.ShareCapital, r.Seller.RegistrationCity));

        Assert.Equal(sent.Lines.Count, received.Lines.Count);
        foreach (var (a, b) in sent.Lines.Zip(received.Lines))
        {
            Assert.Equal(a.Line.LineId, b.Line.LineId);
            Assert.Equal(a.Line.Description, b.Line.Description);
            Assert.Equal(a.Line.Unit, b.Line.Unit);
            Assert.Equal(a.Line.Discount, b.Line.Discount);
            Assert.Equal(a.Line.Quantity * a.Line.UnitPrice, b.Line.Quantity * b.Line.UnitPrice);
            Assert.Equal(a.NetAmount, b.NetAmount);
            Assert.Equal((a.Tax.Category, a.Tax.RatePercent, a.Tax.TaxPoint), (b.Tax.Category, b.Tax.RatePercent, b.Tax.TaxPoint));
        }
        Assert.Equal(sent.AllowancesCharges.Select(a => a.AllowanceCharge), received.AllowancesCharges.Select(a => a.AllowanceCharge),
            new AllowanceComparer());
        Assert.Equal(sent.TaxBreakdown, received.TaxBreakdown);
        Assert.Equal(sent.Totals, received.Totals);
        Assert.Equal(NotesOf(sent), r.Notes);
    }

    [Fact]
    public void Deduction_line_travels_as_negative_quantity_and_reads_back_as_the_product_writes_it()
    {
        var sent = EInvoiceSnapshots.FinalInvoiceAfterDeposit;
        var xml = CiiTestKit.Export(sent);
        var received = CiiTestKit.Format.Read(new EInvoiceReadRequest(xml)).Snapshot!;

        Assert.Contains(CiiTestKit.Values(xml, "//ram:BilledQuantity"), q => q.StartsWith('-'));
        Assert.DoesNotContain(CiiTestKit.Values(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount"), p => p.StartsWith('-'));
        var original = Assert.Single(sent.Lines, l => l.Line.UnitPrice < 0m);
        var deduction = Assert.Single(received.Lines, l => l.Line.UnitPrice < 0m);
        Assert.Equal((original.Line.Quantity, original.Line.UnitPrice, original.NetAmount.Amount),
            (deduction.Line.Quantity, deduction.Line.UnitPrice, deduction.NetAmount.Amount));
        Assert.Equal(DocumentType.DepositInvoice, Assert.Single(received.Document.PrecedingDocuments).Type);
    }

    private static void SameParty(Party sent, Party received)
    {
        Assert.Equal(sent.Name, received.Name);
        Assert.Equal(sent.VatNumber, received.VatNumber);
        Assert.Equal(sent.IdentifierOf(PartyIdentifier.SirenScheme), received.IdentifierOf(PartyIdentifier.SirenScheme));
        Assert.Equal(sent.IdentifierOf(PartyIdentifier.SiretScheme), received.IdentifierOf(PartyIdentifier.SiretScheme));
        Assert.Equal(sent.ElectronicAddress, received.ElectronicAddress);
        Assert.Equal(sent.Contact, received.Contact);
        Assert.Equal(sent.Address.Lines, received.Address.Lines);
        Assert.Equal((sent.Address.PostCode, sent.Address.City, sent.Address.Country), (received.Address.PostCode, received.Address.City, received.Address.Country));
        Assert.Equal(sent.TradingName == sent.Name ? null : sent.TradingName, received.TradingName);
    }

    private static IEnumerable<DocumentNote> NotesOf(DocumentSnapshot snapshot) =>
        snapshot.Document.Notes.Concat(snapshot.Mentions
            .Where(m => snapshot.Document.Notes.All(n => n.Text != m.Text))
            .Select(m => new DocumentNote(m.Text, m.SubjectCode)));

    /// <summary>Allowances and charges compared on what the file carries (not the seller's tax class).</summary>
    private sealed class AllowanceComparer : IEqualityComparer<DocumentAllowanceCharge>
    {
        public bool Equals(DocumentAllowanceCharge? x, DocumentAllowanceCharge? y) =>
            x is not null && y is not null && x with { TaxClass = TaxClass.Standard } == y with { TaxClass = TaxClass.Standard };

        public int GetHashCode(DocumentAllowanceCharge obj) => (obj with { TaxClass = TaxClass.Standard }).GetHashCode();
    }
}
