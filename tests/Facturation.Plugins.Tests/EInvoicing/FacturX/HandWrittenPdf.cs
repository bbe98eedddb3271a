using System.Globalization;
using System.Text;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>A small PDF written by hand in a test (objects 1..n with a classic cross-reference table), for inputs
/// Chromium never prints: annotations without the print flag, existing name trees, loops.</summary>
internal static class HandWrittenPdf
{
    /// <summary>The file whose object <c>i + 1</c> is <c>objects[i]</c> and whose catalogue is object 1.</summary>
    public static byte[] Build(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        foreach (var (body, index) in objects.Select((b, i) => (b, i)))
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{index + 1} 0 obj\n{body}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>One page with a hidden link annotation (object 4) and a direct text annotation without flags, and a
    /// catalogue that already has a /Dests name tree.</summary>
    public static byte[] WithAnnotations() => Build(
        "<< /Type /Catalog /Pages 2 0 R /Names << /Dests << /Names [(top) [3 0 R /Fit]] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Annots [4 0 R << /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (note) >>] >>",
        "<< /Type /Annot /Subtype /Link /Rect [50 50 150 70] /F 2 /Border [0 0 0] /A << /S /URI /URI (https://example.com) >> >>",
        "<< /Length 0 >>\nstream\n\nendstream");
}
