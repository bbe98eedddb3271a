namespace Facturation.Plugins.EInvoicing.FacturX;

/// <summary>
/// The document information written both in the new <c>/Info</c> dictionary and in the XMP packet (PDF/A requires
/// the two to agree, ISO 19005-3 §6.6.2.3.1), and the Factur-X facts of the XMP extension schema.
/// </summary>
/// <param name="Title">dc:title and /Title.</param>
/// <param name="Author">dc:creator and /Author, <see langword="null"/> when unknown.</param>
/// <param name="Creator">xmp:CreatorTool and /Creator: what made the original document.</param>
/// <param name="Producer">pdf:Producer and /Producer: what wrote the PDF.</param>
/// <param name="Created">xmp:CreateDate and /CreationDate.</param>
/// <param name="Modified">xmp:ModifyDate (and xmp:MetadataDate) and /ModDate.</param>
/// <param name="ConformanceLevel">fx:ConformanceLevel, e.g. <c>EN 16931</c> or <c>BASIC</c>.</param>
internal sealed record HybridMetadata(
    string Title, string? Author, string Creator, string Producer, DateTimeOffset Created, DateTimeOffset Modified, string ConformanceLevel)
{
    /// <summary>fx:DocumentFileName and the attachment's name.</summary>
    public const string FileName = "factur-x.xml";

    /// <summary>fx:DocumentType: always INVOICE in Factur-X 1.0, credit notes included.</summary>
    public const string DocumentType = "INVOICE";

    /// <summary>fx:Version of the Factur-X XML schema.</summary>
    public const string Version = "1.0";

    /// <summary>The Factur-X PDF/A extension schema namespace (Factur-X 1.0, §6.2.2).</summary>
    public const string Namespace = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
}
