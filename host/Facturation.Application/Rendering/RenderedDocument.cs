namespace Facturation.Application.Rendering;

/// <summary>A rendered document.</summary>
/// <param name="Content">The bytes (UTF-8 HTML or PDF).</param>
/// <param name="MediaType"><c>text/html</c> or <c>application/pdf</c>.</param>
/// <param name="Layout">The layout used and its language, e.g. <c>invoice.fr</c>.</param>
public sealed record RenderedDocument(byte[] Content, string MediaType, string Layout)
{
    /// <summary>URLs the document asked for that the browser refused (PDF only): a template reaching outside.</summary>
    public IReadOnlyList<string> BlockedUrls { get; init; } = [];
}
