using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>The hybrid PDF as independent tools see it: qpdf finds no error, poppler lists and extracts the
/// attachment byte for byte, and still reads the pages and text of the original.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
[Trait("Requires", "qpdf")]
public sealed class FacturXToolTests
{
    [Theory]
    [MemberData(nameof(EInvoiceSnapshots.All), MemberType = typeof(EInvoiceSnapshots))]
    public void Every_fixture_gives_a_clean_pdf_whose_attachment_is_the_cii_byte_for_byte(string name, DocumentSnapshot snapshot)
    {
        var original = FacturXTestKit.Print(FacturXTestKit.SimpleHtml);
        var xml = FacturXTestKit.Cii(snapshot);
        var hybrid = FacturXTestKit.Hybrid(original, snapshot);
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var path = FacturXTestKit.Save(folder, name + ".pdf", hybrid);
            var check = FacturXTestKit.Run("qpdf", "--check", path);
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
            Assert.Contains("No syntax or stream encoding errors found", check.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);

            var list = FacturXTestKit.Run("pdfdetach", "-list", path);
            Assert.Equal(0, list.ExitCode);
            Assert.Contains("1 embedded files", list.Output, StringComparison.Ordinal);
            Assert.Contains("1: factur-x.xml", list.Output, StringComparison.Ordinal);

            var saved = Path.Combine(folder, "x.xml");
            Assert.Equal(0, FacturXTestKit.Run("pdfdetach", "-save", "1", "-o", saved, path).ExitCode);
            Assert.Equal(xml, File.ReadAllBytes(saved));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_pages_and_text_of_the_original_are_still_read()
    {
        var original = FacturXTestKit.Print(FacturXTestKit.SimpleHtml);
        var hybrid = FacturXTestKit.Hybrid(original, EInvoiceSnapshots.DomesticStandard);
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var before = FacturXTestKit.Run("pdfinfo", FacturXTestKit.Save(folder, "before.pdf", original));
            var path = FacturXTestKit.Save(folder, "after.pdf", hybrid);
            var after = FacturXTestKit.Run("pdfinfo", path);
            Assert.Equal(0, after.ExitCode);
            Assert.Equal(PageCount(before.Output), PageCount(after.Output));
            Assert.Equal(1, PageCount(after.Output));
            Assert.Contains("Invoice F-2026-0101", after.Output, StringComparison.Ordinal);
            var text = FacturXTestKit.Run("pdftotext", path, "-");
            Assert.Contains(FacturXTestKit.InvoiceText, text.Output, StringComparison.Ordinal);
            Assert.Equal(original, hybrid[..original.Length]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_300_line_invoice_over_several_pages_goes_through()
    {
        var original = FacturXTestKit.Print(FacturXTestKit.LongHtml(300));
        var xml = FacturXTestKit.Cii(EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges);
        var hybrid = FacturXTestKit.Hybrid(original, EInvoiceSnapshots.MixedRatesWithAllowancesAndCharges);
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var path = FacturXTestKit.Save(folder, "long.pdf", hybrid);
            var check = FacturXTestKit.Run("qpdf", "--check", path);
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
            var pages = PageCount(FacturXTestKit.Run("pdfinfo", path).Output);
            Assert.True(pages > 3, $"Only {pages} pages.");
            var text = FacturXTestKit.Run("pdftotext", path, "-").Output;
            Assert.Contains("Ligne 300", text, StringComparison.Ordinal);
            var saved = Path.Combine(folder, "x.xml");
            Assert.Equal(0, FacturXTestKit.Run("pdfdetach", "-save", "1", "-o", saved, path).ExitCode);
            Assert.Equal(xml, File.ReadAllBytes(saved));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int PageCount(string pdfinfo)
    {
        var line = pdfinfo.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
