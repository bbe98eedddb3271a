using System.Text;
using Facturation.Plugins.Tests.EInvoicing.Fixtures;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>Reading the embedded invoice back from received hybrid PDFs, and refusing what is not one.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "qpdf")]
public sealed class FacturXExtractTests
{
    private static byte[] Hybrid => FacturXTestKit.Hybrid(FacturXTestKit.Print(FacturXTestKit.SimpleHtml), EInvoiceSnapshots.CreditNote);

    [Fact]
    public void The_produced_file_gives_back_the_identical_xml()
    {
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(Hybrid, "in.pdf"));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(FacturXTestKit.Cii(EInvoiceSnapshots.CreditNote), result.Xml);
        Assert.Equal("factur-x.xml", result.FileName);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_file_rewritten_with_object_and_cross_reference_streams_is_read_too()
    {
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var input = FacturXTestKit.Save(folder, "in.pdf", Hybrid);
            var output = Path.Combine(folder, "out.pdf");
            Assert.Equal(0, FacturXTestKit.Run("qpdf", "--object-streams=generate", "--compress-streams=y", input, output).ExitCode);
            var rewritten = File.ReadAllBytes(output);
            Assert.Contains("/ObjStm", Encoding.Latin1.GetString(rewritten), StringComparison.Ordinal);
            var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(rewritten));
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
            Assert.Equal(FacturXTestKit.Cii(EInvoiceSnapshots.CreditNote), result.Xml);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_zugferd_attachment_name_is_recognised()
    {
        var xml = "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"/>";
        var pdf = HandWrittenPdf.Build(
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Kids [4 0 R] >> >> >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            $"<< /Type /EmbeddedFile /Length {xml.Length} >>\nstream\n{xml}\nendstream",
            "<< /Limits [(ZUGFeRD-invoice.xml) (ZUGFeRD-invoice.xml)] /Names [(ZUGFeRD-invoice.xml) << /Type /Filespec /F (ZUGFeRD-invoice.xml) /EF << /F 3 0 R >> >>] >>");
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(pdf));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(xml, Encoding.ASCII.GetString(result.Xml!));
        Assert.Equal("ZUGFeRD-invoice.xml", result.FileName);
    }

    [Fact]
    public void A_pdf_without_attachment_gives_a_problem()
    {
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(FacturXTestKit.Print(FacturXTestKit.SimpleHtml)));
        Assert.False(result.Succeeded);
        Assert.Equal("facturx.no-invoice", Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("%PDF-1.7\n garbage without objects")]
    [InlineData("")]
    public void Garbage_gives_a_problem(string content)
    {
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(Encoding.ASCII.GetBytes(content)));
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Problems);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    public void A_truncated_pdf_gives_a_problem(double kept)
    {
        var hybrid = Hybrid;
        var original = FacturXTestKit.Print(FacturXTestKit.SimpleHtml);
        // Cut inside the original part or inside the appended objects: the attachment cannot be complete.
        var cut = (int)(original.Length * kept);
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(hybrid.AsMemory(0, cut)));
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void A_file_larger_than_allowed_is_refused_before_reading()
    {
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(Hybrid) { MaxBytes = 1000 });
        Assert.Equal("einvoice.too-large", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_name_tree_that_loops_gives_a_problem_not_a_hang()
    {
        var pdf = HandWrittenPdf.Build(
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> /AF 4 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Kids [3 0 R 5 0 R] >>",
            "5 0 R",
            "<< /Kids [3 0 R] /Names 4 0 R >>");
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(pdf));
        Assert.False(result.Succeeded);
        Assert.Equal("facturx.no-invoice", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_deflate_bomb_is_stopped_at_the_size_limit()
    {
        using var packed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(new byte[5_000_000]);
        var data = Encoding.Latin1.GetString(packed.ToArray());
        var pdf = HandWrittenPdf.Build(
            "<< /Type /Catalog /Pages 2 0 R /AF [4 0 R] >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            $"<< /Type /EmbeddedFile /Filter /FlateDecode /Length {packed.Length} >>\nstream\n{data}\nendstream",
            "<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F 3 0 R >> >>");
        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(pdf) { MaxBytes = 1_000_000 });
        Assert.False(result.Succeeded);
        Assert.Equal("facturx.unreadable-pdf", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_stream_whose_length_refers_to_itself_is_read_by_its_endstream_not_recursed_into()
    {
        // Issue 12, found by an outside reliability check: "5 0 obj << /Length 5 0 R >>" resolved the length by parsing
        // object 5 again, which asked for its length again, until the process died of a stack overflow (exit 134).
        const string Xml = "<?xml version=\"1.0\"?><rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"/>";
        var pdf = HandWrittenPdf.Build(
            "<< /Type /Catalog /Pages 2 0 R /AF [4 0 R] >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Type /EmbeddedFile /Length 3 0 R >>\nstream\n" + Xml + "\nendstream",
            "<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F 3 0 R >> >>");

        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(pdf));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal(Xml, Encoding.UTF8.GetString(result.Xml!).Trim());
    }

    [Fact]
    public void Streams_whose_lengths_refer_to_each_other_are_read_by_their_endstream()
    {
        var pdf = HandWrittenPdf.Build(
            "<< /Type /Catalog /Pages 2 0 R /AF [5 0 R] >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
            "<< /Type /EmbeddedFile /Length 4 0 R >>\nstream\n<a/>\nendstream",
            "<< /Length 3 0 R >>\nstream\n42\nendstream",
            "<< /Type /Filespec /F (factur-x.xml) /EF << /F 3 0 R >> >>");

        var result = FacturXTestKit.Format.Extract(new EInvoiceReadRequest(pdf));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("<a/>", Encoding.UTF8.GetString(result.Xml!).Trim());
    }

    [Fact]
    public void Can_extract_recognises_pdf_heads_only()
    {
        Assert.True(FacturXTestKit.Format.CanExtract(Hybrid.AsSpan(0, 64)));
        Assert.False(FacturXTestKit.Format.CanExtract(FacturXTestKit.Cii(EInvoiceSnapshots.CreditNote).AsSpan(0, 64)));
    }
}
