using Facturation.Rendering.Payments;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Rendering.Tests.Payments;

public sealed class EpcPaymentTests
{
    [Fact]
    public void For_IssuedInvoice_AsksForTheAmountDueWithTheFrozenReference()
    {
        var snapshot = Snapshot(DocumentType.Invoice, "RF76INV202600001", total: 288m, prepaid: 48m);

        var payment = EpcPayment.For(snapshot);

        Assert.NotNull(payment);
        Assert.Equal(("Atelier Dupont SAS", "FR7630006000011234567890189", "AGRIFRPP"), (payment.BeneficiaryName, payment.Iban, payment.Bic));
        Assert.Equal(new Money(240m, CurrencyCode.Eur), payment.Amount);
        Assert.Equal("RF76INV202600001", payment.CreditorReference);
        Assert.Null(payment.RemittanceText);
        var fields = EpcPayloadReader.Read(EpcQrCode.Payload(payment)!);
        Assert.Equal(("EUR240.00", "RF76INV202600001", ""), (fields.Amount, fields.StructuredReference, fields.UnstructuredRemittance));
    }

    [Fact]
    public void For_InvoiceIssuedWithoutReference_QuotesItsNumberInstead()
    {
        var payment = EpcPayment.For(Snapshot(DocumentType.Invoice, reference: null));

        Assert.Null(payment?.CreditorReference);
        Assert.Equal("INV-2026-00001", payment?.RemittanceText);
    }

    [Theory]
    [InlineData(DocumentType.CreditNote)]
    [InlineData(DocumentType.Quote)]
    [InlineData(DocumentType.DeliveryNote)]
    public void For_DocumentsTheCustomerDoesNotPay_IsNull(DocumentType type) =>
        Assert.Null(EpcPayment.For(Snapshot(type, reference: null)));

    [Fact]
    public void For_SellerWithoutBankAccount_HasNoCodeAndSaysWhy()
    {
        var snapshot = Snapshot(DocumentType.DepositInvoice, "RF76INV202600001");
        snapshot = snapshot with { Document = snapshot.Document with { Seller = snapshot.Document.Seller with { BankAccount = null } } };

        var built = EpcQrCode.Build(EpcPayment.For(snapshot)!);

        Assert.Null(built.Text);
        Assert.Contains("IBAN", built.NotApplicableReason, StringComparison.Ordinal);
    }

    private static DocumentSnapshot Snapshot(DocumentType type, string? reference, decimal total = 240m, decimal prepaid = 0m)
    {
        static Money Eur(decimal amount) => new(amount, CurrencyCode.Eur);
        var address = new PostalAddress(["12 rue de la Paix"], "75002", "Paris", CountryCode.France);
        var seller = new Party("Atelier Dupont SAS", PartyKind.Business, address) { BankAccount = new BankAccount("FR7630006000011234567890189", "AGRIFRPP") };
        var document = new BusinessDocument(type, new DateOnly(2026, 3, 10), CurrencyCode.Eur, seller, new Party("Client Martin SARL", PartyKind.Business, address), [])
        {
            Number = "INV-2026-00001",
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 4, 9), null) { CreditorReference = reference },
        };
        var net = AmountRounding.Round(total / 1.2m);
        var totals = new DocumentTotals(Eur(net), Eur(0m), Eur(0m), Eur(net), Eur(total - net), Eur(total), Eur(prepaid), Eur(total - prepaid));
        return new DocumentSnapshot(document, [], [], [], totals, []);
    }
}
