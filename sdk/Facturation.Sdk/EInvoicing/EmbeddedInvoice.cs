using Facturation.Sdk.Common;

namespace Facturation.Sdk.EInvoicing;

/// <summary>The outcome of <see cref="IHybridInvoiceFormat.Extract"/>.</summary>
/// <param name="Xml">The embedded XML, <see langword="null"/> when none could be extracted.</param>
/// <param name="FileName">Its name in the PDF, e.g. <c>factur-x.xml</c>.</param>
/// <param name="Problems">Why nothing could be extracted.</param>
public sealed record EmbeddedInvoice(byte[]? Xml, string? FileName, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether an XML was extracted.</summary>
    public bool Succeeded => Xml is not null;
}
