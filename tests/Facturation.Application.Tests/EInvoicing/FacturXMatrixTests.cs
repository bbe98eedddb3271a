using System.Globalization;
using Facturation.Application.EInvoicing;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>
/// Every document of the matrix written as a Factur-X PDF through <see cref="EInvoiceService"/>: the printed document
/// (Chromium) carrying the CII export byte for byte as <c>factur-x.xml</c>, clean for qpdf, still read by poppler
/// (pages, number, amount due), and read back by the service with the issued number and totals.
/// </summary>
[Collection(EInvoiceMatrixGroup.Name)]
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
[Trait("Requires", "qpdf")]
public sealed class FacturXMatrixTests(EInvoiceMatrix matrix)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private EInvoiceService Service => matrix.App.Get<EInvoiceService>();

    public static TheoryData<string> Cases() => new(EInvoiceMatrix.CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IssuedDocument_IsWrittenAsFacturX_CarryingTheCiiExportByteForByte(string name)
    {
        var issued = matrix[name];

        var hybrid = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "facturx", null, default)).GetValueOrThrow();
        var cii = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "cii", null, default)).GetValueOrThrow();
        var tools = await FacturXInspection.OfAsync(hybrid.Content);

        Assert.Equal($"{issued.Number}.facturx.pdf", hybrid.FileName);
        Assert.Equal(("facturx", cii.Profile, issued.Number, issued.Snapshot.Document.Type), (hybrid.FormatId, hybrid.Profile, hybrid.Number, hybrid.Type));
        Assert.Equal("%PDF-"u8.ToArray(), hybrid.Content[..5]);
        Assert.Contains("factur-x.xml", tools.AttachmentList, StringComparison.Ordinal);
        Assert.Equal(cii.Content, tools.FirstAttachment);
        Assert.True(tools.QpdfExitCode == 0, tools.QpdfOutput);
        Assert.Contains("No syntax or stream encoding errors found", tools.QpdfOutput, StringComparison.Ordinal);
        Assert.True(tools.Pages >= 1);
        AssertPrinted(issued, tools.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FacturXPdf_ReadsBackAsIssued(string name)
    {
        var issued = matrix[name];
        var hybrid = (await Service.ExportAsync(issued.CompanyCode, issued.Number, "facturx", null, default)).GetValueOrThrow();

        var read = Service.Read(hybrid.Content, hybrid.FileName);

        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Problems));
        var received = read.Value!;
        Assert.Equal(("facturx", hybrid.Profile), (received.FormatId, received.Profile));
        Assert.Empty(received.Problems);
        var (expected, actual) = (issued.Snapshot, received.Snapshot);
        Assert.Equal((expected.Document.Number, expected.Document.Type, expected.Document.Currency), (actual.Document.Number, actual.Document.Type, actual.Document.Currency));
        Assert.Equal(Totals(expected.Totals), Totals(actual.Totals));
        Assert.Equal(expected.Lines.Select(l => l.NetAmount.Amount), actual.Lines.Select(l => l.NetAmount.Amount));
        Assert.Equal(expected.TaxBreakdown.Select(b => (b.Category, b.TaxAmount.Amount)), actual.TaxBreakdown.Select(b => (b.Category, b.TaxAmount.Amount)));
    }

    /// <summary>The number, the total with VAT and the amount due as the French layout prints them (fr-FR, two decimals).</summary>
    internal static void AssertPrinted(IssuedCase issued, string pdfText)
    {
        var text = FacturXInspection.Flat(pdfText);
        Assert.True(text.Contains(issued.Number, StringComparison.Ordinal), $"{issued.Name}: number {issued.Number} not printed");
        var totals = issued.Snapshot.Totals;
        foreach (var (what, amount) in new[] { ("total with VAT", totals.TaxInclusiveAmount.Amount), ("amount due", totals.AmountDue.Amount) })
        {
            var printed = FacturXInspection.Flat(amount.ToString("N2", French));
            Assert.True(text.Contains(printed, StringComparison.Ordinal), $"{issued.Name}: {what} {printed} not printed");
        }
    }

    private static (decimal, decimal, decimal, decimal, decimal, decimal) Totals(DocumentTotals t) =>
        (t.LineNetTotal.Amount, t.TaxExclusiveAmount.Amount, t.TaxTotal.Amount, t.TaxInclusiveAmount.Amount, t.PrepaidAmount.Amount, t.AmountDue.Amount);
}
