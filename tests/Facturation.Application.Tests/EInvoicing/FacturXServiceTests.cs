using Facturation.Application.EInvoicing;
using Facturation.Application.Rendering;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>Factur-X through <see cref="EInvoiceService"/>: a long invoice, the profiles, and what is refused.</summary>
[Collection(EInvoiceMatrixGroup.Name)]
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
[Trait("Requires", "qpdf")]
public sealed class FacturXServiceTests(EInvoiceMatrix matrix)
{
    private EInvoiceService Service => matrix.App.Get<EInvoiceService>();

    [Fact]
    public async Task ThreeHundredLineInvoice_IsWrittenAsFacturX_OverSeveralPages()
    {
        var issued = matrix["lines-300"];

        var hybrid = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "facturx", null, default)).GetValueOrThrow();
        var cii = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "cii", null, default)).GetValueOrThrow();
        var tools = await FacturXInspection.OfAsync(hybrid.Content);
        var read = Service.Read(hybrid.Content, hybrid.FileName).GetValueOrThrow();

        Assert.Contains("factur-x.xml", tools.AttachmentList, StringComparison.Ordinal);
        Assert.Equal(cii.Content, tools.FirstAttachment);
        Assert.True(tools.QpdfExitCode == 0, tools.QpdfOutput);
        Assert.Contains("No syntax or stream encoding errors found", tools.QpdfOutput, StringComparison.Ordinal);
        Assert.True(tools.Pages > 1, $"{tools.Pages} page(s)");
        FacturXMatrixTests.AssertPrinted(issued, tools.Text);
        Assert.Contains("Article numéro 300", FacturXInspection.Flat(tools.Text), StringComparison.Ordinal);
        Assert.Equal(300, read.Snapshot.Lines.Count);
        Assert.Equal(issued.Snapshot.Totals.AmountDue.Amount, read.Snapshot.Totals.AmountDue.Amount);
        Assert.Equal(issued.Snapshot.Totals.TaxTotal.Amount, read.Snapshot.Totals.TaxTotal.Amount);
    }

    [Fact]
    public async Task EveryProfileOfTheHybridFormat_IsClaimedByTheEmbeddedXml_AndReadBack()
    {
        var issued = matrix["domestic"];
        var facturx = Assert.Single(Service.HybridFormats, f => f.Id == "facturx");

        foreach (var profile in facturx.Profiles)
        {
            var hybrid = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "facturx", profile, default)).GetValueOrThrow();
            var read = Service.Read(hybrid.Content, hybrid.FileName).GetValueOrThrow();

            Assert.Equal((profile, profile, "facturx"), (hybrid.Profile, read.Profile, read.FormatId));
            Assert.Equal(issued.Snapshot.Totals.AmountDue.Amount, read.Snapshot.Totals.AmountDue.Amount);
        }
        Assert.Equal("cii", facturx.XmlFormatId);
        Assert.True(facturx.Profiles.Count >= 1);
    }

    [Fact]
    public async Task Quote_IsRefused_BeforeAnythingIsPrinted()
    {
        var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, matrix.QuoteNumber, "facturx", null, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("einvoice.not-an-invoice", "Document"), (problem.Code, problem.Field));
        Assert.Contains(matrix.QuoteNumber, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProfile_IsRefused_NamingTheHybridsProfiles()
    {
        var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, matrix["domestic"].Number, "facturx", "urn:example:not-a-profile", default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("einvoice.profile-unknown", "Profile"), (problem.Code, problem.Field));
        Assert.Contains(Service.HybridFormats.Single(f => f.Id == "facturx").Profiles[0], problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFormat_IsRefused_NamingTheXmlAndHybridFormats()
    {
        var outcome = await Service.ExportAsync(EInvoiceMatrix.Company, matrix["domestic"].Number, "zugferd1", null, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("plugin.einvoice-format-missing", problem.Code);
        Assert.Contains("cii", problem.Message, StringComparison.Ordinal);
        Assert.Contains("facturx", problem.Message, StringComparison.Ordinal);
        Assert.Contains("facturx", Service.FormatIds);
    }

    [Fact]
    public async Task PlainPdf_WithoutAnEmbeddedInvoice_IsRefusedOnRead()
    {
        var issued = matrix["domestic"];
        var plain = (await matrix.App.Get<DocumentRenderService>().RenderAsync(
            new RenderInput(issued.CompanyCode, issued.Number, RenderFormat.Pdf), default)).GetValueOrThrow();

        var read = Service.Read(plain.Content, "plain.pdf");

        Assert.False(read.Succeeded);
        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("facturx.", problem.Code, StringComparison.Ordinal);
        Assert.Contains("factur-x.xml", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedPdf_IsRefusedOnRead_WithoutThrowing()
    {
        var read = Service.Read("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8.ToArray(), "broken.pdf");

        Assert.False(read.Succeeded);
        Assert.NotEmpty(read.Problems);
        Assert.All(read.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
