using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.France.Mentions;

public sealed class CreditNoteAndOtherDocumentTests
{
    [Fact]
    public async Task Check_CreditNoteReferencingItsInvoice_IsAcceptedWithoutDueDate_WithThePaymentTermsNotes()
    {
        var result = await SomeFrench.CheckAsync(SomeFrench.CreditNote());

        Assert.True(result.Succeeded);
        // BR-FR-05: the PMD, PMT and AAB notes on every document, credit notes included.
        Assert.Equal(["fr.nature-operation", "fr.late-payment-penalty", "fr.recovery-indemnity", "fr.early-payment-discount"], result.GetValueOrThrow().Select(m => m.Code));
        Assert.Equal(["PMD", "PMT", "AAB"], result.GetValueOrThrow().Where(m => m.SubjectCode is not null).Select(m => m.SubjectCode));
    }

    [Fact]
    public async Task Check_CreditNoteReferencingADepositInvoice_IsAccepted()
    {
        var document = SomeFrench.CreditNote() with
        {
            PrecedingDocuments = [new DocumentReference("FA2026-00007", new DateOnly(2026, 10, 1), DocumentType.DepositInvoice)],
        };

        var result = await SomeFrench.CheckAsync(document);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(null, DocumentType.Invoice)]
    [InlineData("", DocumentType.Invoice)]
    [InlineData("D2026-00003", DocumentType.Quote)]
    [InlineData("AV2026-00001", DocumentType.CreditNote)]
    public async Task Check_CreditNoteWithoutInvoiceReference_IsRefused(string? number, DocumentType referencedType)
    {
        var document = SomeFrench.CreditNote() with
        {
            PrecedingDocuments = number is null ? [] : [new DocumentReference(number, new DateOnly(2026, 11, 2), referencedType)],
        };

        var result = await SomeFrench.CheckAsync(document);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("fr.mention.credit-note-reference", problem.Code);
        Assert.Equal("PrecedingDocuments", problem.Field);
    }

    [Fact]
    public async Task Check_CreditNoteReferenceWithoutDate_IsRefused()
    {
        var document = SomeFrench.CreditNote() with { PrecedingDocuments = [new DocumentReference("F2026-00042", default, DocumentType.Invoice)] };

        var result = await SomeFrench.CheckAsync(document);

        Assert.Equal("fr.mention.credit-note-reference", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData(DocumentType.Quote)]
    [InlineData(DocumentType.DeliveryNote)]
    public async Task Check_QuoteOrDeliveryNote_ReturnsNothingEvenWhenMentionsAreMissing(DocumentType type)
    {
        var invoice = SomeFrench.Invoice();
        var document = invoice with { Type = type, Seller = invoice.Seller with { Name = "", Identifiers = [] }, PaymentTerms = null };

        var result = await SomeFrench.CheckAsync(document);

        Assert.Empty(result.GetValueOrThrow());
    }
}
