namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A file that is not the PDF it claims to be, or goes beyond the reader's limits. Raised inside the PDF
/// reader only and turned into a problem at its boundary: a received file never escapes as an exception.</summary>
internal sealed class PdfSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfSyntaxException()
    {
    }

    /// <summary>Creates the exception with what went wrong.</summary>
    public PdfSyntaxException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with what went wrong and why.</summary>
    public PdfSyntaxException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Whether <paramref name="exception"/> comes from damaged input (bad numbers, offsets or ranges found
    /// while reading), as opposed to a fault elsewhere.</summary>
    public static bool IsDamage(Exception exception) => exception is PdfSyntaxException or ArgumentException or FormatException
        or OverflowException or IndexOutOfRangeException or InvalidCastException or InvalidOperationException;
}
