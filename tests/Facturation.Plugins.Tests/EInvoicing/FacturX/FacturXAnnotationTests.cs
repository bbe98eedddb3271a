using Facturation.Plugins.Tests.EInvoicing.Fixtures;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>PDF/A-3 §6.3.2: annotations are printed and visible; other name trees of the catalogue survive.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "qpdf")]
public sealed class FacturXAnnotationTests
{
    [Fact]
    public void Annotations_without_the_print_flag_are_rewritten_with_f_4()
    {
        var original = HandWrittenPdf.WithAnnotations();
        var view = QpdfView.Of(FacturXTestKit.Hybrid(original, EInvoiceSnapshots.DomesticStandard));
        var page = view.Resolve(view.Resolve(view.Catalog.GetProperty("/Pages")).GetProperty("/Kids")[0]);
        var annotations = view.Resolve(page.GetProperty("/Annots"));
        Assert.Equal(2, annotations.GetArrayLength());
        var link = view.Resolve(annotations[0]);
        Assert.Equal("/Link", link.GetProperty("/Subtype").GetString());
        Assert.Equal(4, link.GetProperty("/F").GetInt32());
        var text = view.Resolve(annotations[1]);
        Assert.Equal("/Text", text.GetProperty("/Subtype").GetString());
        Assert.Equal(4, text.GetProperty("/F").GetInt32());
    }

    [Fact]
    public void Chromium_link_annotations_keep_their_print_flag()
    {
        var view = QpdfView.Of(FacturXTestKit.Hybrid(FacturXTestKit.Print(FacturXTestKit.SimpleHtml), EInvoiceSnapshots.DomesticStandard));
        var pages = view.Root.GetProperty("pages");
        var annotations = pages.EnumerateArray()
            .Select(p => view.Resolve(p.GetProperty("object")))
            .Where(p => p.TryGetProperty("/Annots", out _))
            .SelectMany(p => view.Resolve(p.GetProperty("/Annots")).EnumerateArray().Select(view.Resolve))
            .ToList();
        Assert.NotEmpty(annotations);
        Assert.All(annotations, a => Assert.Equal(4, a.GetProperty("/F").GetInt32() & 0b1_0010_0111));
    }

    [Fact]
    public void A_hand_written_pdf_stays_clean_and_keeps_its_other_name_trees()
    {
        var hybrid = FacturXTestKit.Hybrid(HandWrittenPdf.WithAnnotations(), EInvoiceSnapshots.DomesticStandard);
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var check = FacturXTestKit.Run("qpdf", "--check", FacturXTestKit.Save(folder, "hand.pdf", hybrid));
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var view = QpdfView.Of(hybrid);
        var names = view.Resolve(view.Catalog.GetProperty("/Names"));
        Assert.Equal("top", QpdfView.Text(view.Resolve(names.GetProperty("/Dests")).GetProperty("/Names")[0]));
        Assert.Equal("factur-x.xml", QpdfView.Text(view.Resolve(names.GetProperty("/EmbeddedFiles")).GetProperty("/Names")[0]));
        Assert.Equal(2, view.Trailer.GetProperty("/ID").GetArrayLength());
    }
}
