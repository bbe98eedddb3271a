using System.Xml;
using Facturation.Sdk.Common;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.Xml;

/// <summary>
/// Reading untrusted XML: no DTD (a DOCTYPE is an error, so no entity expansion), no external resolution, a bounded
/// size both in bytes (checked before parsing) and in characters (checked by the reader).
/// </summary>
internal static class SafeXml
{
    /// <summary>Reader settings for received documents.</summary>
    public static XmlReaderSettings Settings(long maxBytes) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Parses <paramref name="request"/>'s content into a document, or says why it cannot.</summary>
    /// <param name="request">The received content.</param>
    /// <param name="problem">Why the content was refused.</param>
    /// <returns>The parsed document, or <see langword="null"/>.</returns>
    public static XmlDocument? Load(EInvoiceReadRequest request, out Problem? problem)
    {
        problem = null;
        if (request.Content.Length > request.MaxBytes)
        {
            problem = new Problem("einvoice.too-large",
                $"The file is {request.Content.Length:N0} bytes; at most {request.MaxBytes:N0} are accepted.", request.FileName);
            return null;
        }
        try
        {
            var document = new XmlDocument { XmlResolver = null, PreserveWhitespace = false };
            using var stream = new MemoryStream(request.Content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings(request.MaxBytes));
            document.Load(reader);
            return document;
        }
        catch (XmlException e)
        {
            problem = new Problem("einvoice.not-xml",
                $"The file is not well-formed XML or uses a DTD, which is refused: {e.Message}", request.FileName);
            return null;
        }
    }
}
