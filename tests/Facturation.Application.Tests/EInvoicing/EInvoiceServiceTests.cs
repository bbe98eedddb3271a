using System.Text;
using Facturation.Application.EInvoicing;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>What <see cref="EInvoiceService"/> refuses, with the codes and messages a person needs.</summary>
[Collection(EInvoiceMatrixGroup.Name)]
public sealed class EInvoiceServiceTests(EInvoiceMatrix matrix)
{
    private EInvoiceService Service => matrix.App.Get<EInvoiceService>();

    [Theory]
    [InlineData("cii")]
    [InlineData("ubl")]
    public async Task Quote_IsRefused_NotAnInvoice(string format)
    {
        var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, matrix.QuoteNumber, format, null, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("einvoice.not-an-invoice", "Document"), (problem.Code, problem.Field));
        Assert.Contains(matrix.QuoteNumber, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFormat_IsRefused_NamingTheLoadedOnes()
    {
        var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, matrix["domestic"].Number, "edifact", null, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("plugin.einvoice-format-missing", "Format"), (problem.Code, problem.Field));
        Assert.Contains("'edifact'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cii", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ubl", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProfile_IsRefused_NamingTheFormatsProfiles()
    {
        var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, matrix["domestic"].Number, "ubl", "urn:example:not-a-profile", default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("einvoice.profile-unknown", "Profile"), (problem.Code, problem.Field));
        var ubl = Service.Formats.Single(f => f.Id == "ubl");
        Assert.Contains(ubl.Profiles[0], problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryProfileOfTheFormat_IsClaimedAndReadBack()
    {
        var issued = matrix["domestic"];
        var cii = Service.Formats.Single(f => f.Id == "cii");

        foreach (var profile in cii.Profiles)
        {
            var file = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "cii", profile, default)).GetValueOrThrow();
            var read = Service.Read(file.Content, file.FileName).GetValueOrThrow();

            Assert.Equal(profile, file.Profile);
            Assert.Equal(profile, read.Profile);
            Assert.Equal(issued.Snapshot.Totals.AmountDue.Amount, read.Snapshot.Totals.AmountDue.Amount);
        }
        Assert.True(cii.Profiles.Count >= 1);
    }

    [Fact]
    public async Task LineDiscountWithoutReason_IsExportedWithReasonCode95_AndReadsBackTheSameNet()
    {
        var documents = matrix.App.Get<Facturation.Application.Documents.DocumentService>();
        var draft = (await documents.CreateDraftAsync(EInvoiceMatrix.Company, new Facturation.Application.Documents.DraftInput { CustomerCode = "C001" }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, new Facturation.Application.Documents.LineInput
        {
            Description = "Conseil", Quantity = 2m, UnitPrice = 100m, UnitCode = "HUR", DiscountPercent = 10m,
        }, default)).GetValueOrThrow();
        var issued = await matrix.App.IssueAsync(draft.Id);

        foreach (var (format, code) in new[] { ("cii", "<ram:ReasonCode>95</ram:ReasonCode>"), ("ubl", "<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>") })
        {
            var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, issued.Number, format, null, default);

            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
            Assert.Contains(code, Encoding.UTF8.GetString(outcome.Value!.Content), StringComparison.Ordinal);
            var read = Service.Read(outcome.Value.Content, "discount.xml");
            Assert.True(read.Succeeded, string.Join("; ", read.Problems));
            var line = Assert.Single(read.Value!.Snapshot.Lines);
            Assert.Equal(180.00m, line.NetAmount.Amount);
            Assert.Equal(20.00m, line.Line.Discount);
        }
    }

    [Fact]
    public async Task UnknownNumberAndDraft_AreRefused()
    {
        var missing = await Service.ExportAsync(EInvoiceMatrix.Company, "F2099-99999", "cii", null, default);
        var draft = (await matrix.App.Get<Facturation.Application.Documents.DocumentService>().CreateDraftAsync(
            EInvoiceMatrix.Company, new Facturation.Application.Documents.DraftInput { CustomerCode = "C001" }, default)).GetValueOrThrow();
        var notIssued = await Service.ExportAsync(EInvoiceMatrix.Company, draft.Id.ToString(), "cii", null, default);

        Assert.Equal("document.not-found", Assert.Single(missing.Problems).Code);
        Assert.Equal("einvoice.draft", Assert.Single(notIssued.Problems).Code);
    }

    [Fact]
    public void Read_OtherXml_IsRefusedNamingTheRootElement()
    {
        var xml = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!-- order --><Order xmlns=\"urn:example:orders\"><Id>1</Id></Order>");

        var outcome = Service.Read(xml, "order.xml");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("einvoice.unknown-syntax", problem.Code);
        Assert.Contains("not a CII or UBL invoice", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'Order' in namespace 'urn:example:orders'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotXmlEmptyOrTooLarge_IsRefused()
    {
        var text = Service.Read(Encoding.ASCII.GetBytes("Invoice 42: 120.00 EUR, not xml"), "invoice.txt");
        // A PDF goes to the hybrid format (Factur-X), which finds no readable PDF here.
        var pdf = Service.Read(Encoding.ASCII.GetBytes("%PDF-1.7 not xml"), "invoice.pdf");
        var empty = Service.Read(ReadOnlyMemory<byte>.Empty, "empty.xml");
        var large = Service.Read(new byte[EInvoiceService.MaxBytes + 1], "huge.xml");

        Assert.Contains("not XML", Assert.Single(text.Problems).Message, StringComparison.Ordinal);
        Assert.StartsWith("facturx.", Assert.Single(pdf.Problems).Code, StringComparison.Ordinal);
        Assert.Contains("PDF", pdf.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("einvoice.empty", Assert.Single(empty.Problems).Code);
        Assert.Equal("einvoice.too-large", Assert.Single(large.Problems).Code);
    }

    [Fact]
    public void FileName_ReplacesCharactersAFileNameCannotHold()
    {
        var cii = Service.Formats.Single(f => f.Id == "cii");

        Assert.Equal("FA-2026-01-7.cii.xml", EInvoiceService.FileNameOf("FA/2026/01\\7", cii));
    }
}
