using System.Text;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>What Combine refuses, and the shape of the incremental update it writes.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
[Trait("Requires", "qpdf")]
public sealed class FacturXCombineTests
{
    private static readonly byte[] Pdf = HandWrittenPdf.WithAnnotations();

    [Fact]
    public void The_format_describes_itself_as_factur_x_over_cii()
    {
        Assert.Equal("facturx", FacturXTestKit.Format.Id);
        Assert.Equal("cii", FacturXTestKit.Format.XmlFormatId);
        Assert.Equal(["urn:cen.eu:en16931:2017", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"], FacturXTestKit.Format.Profiles);
    }

    [Fact]
    public void The_update_is_appended_after_the_original_bytes_with_prev_pointing_at_its_table()
    {
        var hybrid = FacturXTestKit.Hybrid(Pdf, EInvoiceSnapshots.DomesticStandard);
        Assert.Equal(Pdf, hybrid[..Pdf.Length]);
        var original = Encoding.Latin1.GetString(Pdf);
        var startxref = original[(original.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0].Trim();
        var update = Encoding.Latin1.GetString(hybrid[Pdf.Length..]);
        Assert.Contains("/Prev " + startxref, update, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", update, StringComparison.Ordinal);
        var table = update[(update.IndexOf("\nxref\n", StringComparison.Ordinal) + 6)..update.IndexOf("trailer", StringComparison.Ordinal)];
        var entries = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.EndsWith(" n\r", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(19, e.Length));
    }

    [Fact]
    public void A_pdf_with_object_and_cross_reference_streams_is_updated_too()
    {
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var input = FacturXTestKit.Save(folder, "in.pdf", FacturXTestKit.Print(FacturXTestKit.SimpleHtml));
            var packed = Path.Combine(folder, "packed.pdf");
            Assert.Equal(0, FacturXTestKit.Run("qpdf", "--object-streams=generate", input, packed).ExitCode);
            var snapshot = EInvoiceSnapshots.IntraEuGoods;
            var path = FacturXTestKit.Save(folder, "hybrid.pdf", FacturXTestKit.Hybrid(File.ReadAllBytes(packed), snapshot));
            var check = FacturXTestKit.Run("qpdf", "--check", path);
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
            var saved = Path.Combine(folder, "x.xml");
            Assert.Equal(0, FacturXTestKit.Run("pdfdetach", "-save", "1", "-o", saved, path).ExitCode);
            Assert.Equal(FacturXTestKit.Cii(snapshot), File.ReadAllBytes(saved));
            Assert.Contains(FacturXTestKit.InvoiceText, FacturXTestKit.Run("pdftotext", path, "-").Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_profile_is_refused()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var result = FacturXTestKit.Format.Combine(new HybridInvoiceRequest(Pdf, FacturXTestKit.Cii(snapshot), "urn:factur-x.eu:1p0:minimum", snapshot, FacturXTestKit.Timestamp));
        Assert.Equal("einvoice.unsupported-profile", Assert.Single(result.Problems).Code);
        Assert.Null(result.Content);
    }

    [Fact]
    public void Xml_claiming_another_profile_is_refused()
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var basicXml = FacturXTestKit.Cii(snapshot, FacturXTestKit.Format.Profiles[1]);
        var result = FacturXTestKit.Format.Combine(new HybridInvoiceRequest(Pdf, basicXml, FacturXTestKit.Format.Profiles[0], snapshot, FacturXTestKit.Timestamp));
        Assert.Equal("facturx.profile-mismatch", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_quote_is_refused()
    {
        var invoice = EInvoiceSnapshots.DomesticStandard;
        var quote = invoice with { Document = invoice.Document with { Type = DocumentType.Quote } };
        var result = FacturXTestKit.Format.Combine(new HybridInvoiceRequest(Pdf, FacturXTestKit.Cii(invoice), FacturXTestKit.Format.Profiles[0], quote, FacturXTestKit.Timestamp));
        Assert.Equal("einvoice.not-an-invoice", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData("not a pdf at all")]
    [InlineData("%PDF-1.4\n1 0 obj << >> endobj\nstartxref\n999999\n%%EOF\n")]
    public void An_unreadable_pdf_is_refused_with_a_problem(string pdf)
    {
        var snapshot = EInvoiceSnapshots.DomesticStandard;
        var result = FacturXTestKit.Format.Combine(new HybridInvoiceRequest(Encoding.ASCII.GetBytes(pdf), FacturXTestKit.Cii(snapshot), FacturXTestKit.Format.Profiles[0], snapshot, FacturXTestKit.Timestamp));
        Assert.Equal("facturx.unreadable-pdf", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void The_plugin_registers_the_format()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        new Facturation.Plugins.EInvoicing.EInvoicingPlugin().ConfigureServices(services);
        Assert.Contains(services, s => s.ServiceType == typeof(IHybridInvoiceFormat)
            && (s.ImplementationType == typeof(Facturation.Plugins.EInvoicing.FacturX.FacturXFormat)
                || s.ImplementationInstance is Facturation.Plugins.EInvoicing.FacturX.FacturXFormat));
    }
}
