using Facturation.Plugins.EInvoicing.Ubl;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;
using static Facturation.Plugins.Tests.EInvoicing.Ubl.UblStandards;

namespace Facturation.Plugins.Tests.EInvoicing.Ubl;

public sealed class UblSampleReadingTests
{
    public static TheoryData<string> Samples => new()
    {
        "samples/en16931-ubl/ubl-tc434-example1.xml",
        "samples/en16931-ubl/ubl-tc434-example3.xml",
        "samples/en16931-ubl/ubl-tc434-creditnote1.xml",
        "samples/facturx/ubl-21-en16931.xml",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Official_samples_read_with_the_totals_they_state(string sample)
    {
        var xml = File.ReadAllBytes(PathOf(sample));
        var isCreditNote = Count(xml, "/cn:CreditNote") == 1;
        var root = isCreditNote ? "/cn:CreditNote" : "/inv:Invoice";
        var format = new UblFormat();

        Assert.True(format.CanRead(xml.AsSpan(0, Math.Min(xml.Length, 1024))));
        var read = format.Read(new EInvoiceReadRequest(xml, sample));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.DoesNotContain(read.Problems, p => p.Code.StartsWith("einvoice.invalid", StringComparison.Ordinal));
        var snapshot = read.Snapshot!;
        Assert.Equal(Text(xml, $"{root}/cbc:CustomizationID"), read.Profile);
        Assert.Equal(Text(xml, $"{root}/cbc:ID"), snapshot.Document.Number);
        Assert.Equal(Text(xml, $"{root}/cbc:IssueDate"), snapshot.Document.IssueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Text(xml, $"{root}/cbc:DocumentCurrencyCode"), snapshot.Document.Currency.Value);
        Assert.Equal(isCreditNote ? DocumentType.CreditNote : DocumentType.Invoice, snapshot.Document.Type);
        const string totals = "cac:LegalMonetaryTotal";
        Assert.Equal(Number(xml, $"{root}/{totals}/cbc:LineExtensionAmount"), snapshot.Totals.LineNetTotal.Amount);
        Assert.Equal(Number(xml, $"{root}/{totals}/cbc:TaxExclusiveAmount"), snapshot.Totals.TaxExclusiveAmount.Amount);
        Assert.Equal(Number(xml, $"{root}/{totals}/cbc:TaxInclusiveAmount"), snapshot.Totals.TaxInclusiveAmount.Amount);
        Assert.Equal(Number(xml, $"{root}/{totals}/cbc:PayableAmount"), snapshot.Totals.AmountDue.Amount);
        Assert.Equal(Number(xml, $"{root}/cac:TaxTotal[1]/cbc:TaxAmount"), snapshot.Totals.TaxTotal.Amount);
        Assert.Equal(Count(xml, $"{root}/cac:TaxTotal[1]/cac:TaxSubtotal"), snapshot.TaxBreakdown.Count);
        for (var i = 0; i < snapshot.TaxBreakdown.Count; i++)
        {
            var subtotal = $"{root}/cac:TaxTotal[1]/cac:TaxSubtotal[{i + 1}]";
            Assert.Equal(Number(xml, $"{subtotal}/cbc:TaxableAmount"), snapshot.TaxBreakdown[i].TaxableAmount.Amount);
            Assert.Equal(Number(xml, $"{subtotal}/cbc:TaxAmount"), snapshot.TaxBreakdown[i].TaxAmount.Amount);
            Assert.Equal(Number(xml, $"{subtotal}/cac:TaxCategory/cbc:Percent"), snapshot.TaxBreakdown[i].RatePercent);
        }
        var lineName = isCreditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine";
        Assert.Equal(Count(xml, $"{root}/{lineName}"), snapshot.Lines.Count);
        for (var i = 0; i < snapshot.Lines.Count; i++)
            Assert.Equal(Number(xml, $"{root}/{lineName}[{i + 1}]/cbc:LineExtensionAmount"), snapshot.Lines[i].NetAmount.Amount);
        Assert.Equal(Text(xml, $"{root}/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"), snapshot.Document.Seller.Name);
        Assert.Equal(Text(xml, $"{root}/cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"), snapshot.Document.Buyer.Name);
    }

    [Fact]
    public void French_sample_reads_parties_payment_notes_and_references()
    {
        var xml = File.ReadAllBytes(PathOf("samples/facturx/ubl-21-en16931.xml"));

        var read = new UblFormat().Read(new EInvoiceReadRequest(xml));

        var document = read.Snapshot!.Document;
        Assert.Equal("99999999800019", document.Seller.IdentifierOf("0009"));
        Assert.Equal("999999998", document.Seller.IdentifierOf("0002"));
        Assert.Equal(new Facturation.Sdk.Common.ElectronicAddress("999999998_042", "0225"), document.Seller.ElectronicAddress);
        Assert.Equal("FR2012421242124212421242124", document.Seller.BankAccount?.Iban);
        Assert.Equal("QNTOFRP1XXX", document.Seller.BankAccount?.Bic);
        Assert.Equal("RUM_9083209", document.PaymentTerms?.MandateReference);
        Assert.Equal(new DateOnly(2026, 7, 16), document.PaymentTerms?.DueDate);
        Assert.Equal("30 jours net", document.PaymentTerms?.Description);
        Assert.Equal("PO1242", document.PurchaseOrderReference);
        Assert.Equal("120943", document.BuyerReference);
        Assert.Contains(new DocumentNote("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.", "PMT"), document.Notes);
        Assert.Contains(new DocumentNote("note sans sujet !"), document.Notes);
        Assert.Equal(["F124211", "F124210"], document.PrecedingDocuments.Select(d => d.Number));
        Assert.Equal(new DateOnly(2025, 12, 30), document.PrecedingDocuments[0].IssueDate);
        // The second reference states no date: BT-26 is optional in EN 16931, so the sample reads without a problem.
        Assert.Equal(DateOnly.MinValue, document.PrecedingDocuments[1].IssueDate);
        Assert.Empty(read.Problems);
        Assert.Equal(new DateOnly(2026, 6, 14), document.DeliveryDate);
        Assert.Equal("Carpentras", document.DeliveryAddress?.City);
        Assert.Equal(LineNature.Service, document.Lines[0].Nature);
        Assert.Equal(100m, read.Snapshot.Totals.PrepaidAmount.Amount);
    }

    [Fact]
    public void Credit_note_sample_reads_its_credited_quantity_and_exemption()
    {
        var xml = File.ReadAllBytes(PathOf("samples/en16931-ubl/ubl-tc434-creditnote1.xml"));

        var snapshot = new UblFormat().Read(new EInvoiceReadRequest(xml)).Snapshot!;

        Assert.Equal(1m, snapshot.Lines[0].Line.Quantity);
        Assert.Equal("C62", snapshot.Lines[0].Line.Unit.Value);
        Assert.Equal(Facturation.Sdk.Taxes.VatCategory.Exempt, snapshot.TaxBreakdown[0].Category);
        Assert.Equal("Taxes are not applicable", snapshot.TaxBreakdown[0].ExemptionReason);
        Assert.Equal("010676609538", snapshot.Document.PaymentTerms?.CreditorReference);
    }
}
