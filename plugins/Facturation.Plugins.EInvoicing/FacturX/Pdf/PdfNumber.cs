using System.Globalization;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>An integer or real number, kept as written so that a rewritten object keeps its exact values.</summary>
/// <param name="Text">The number as it appears in the file.</param>
internal sealed record PdfNumber(string Text) : PdfValue
{
    /// <summary>A number for an integer.</summary>
    public PdfNumber(long value) : this(value.ToString(CultureInfo.InvariantCulture))
    {
    }

    /// <summary>The value when it is an integer, else <see langword="null"/>.</summary>
    public long? AsInteger => long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
