namespace Facturation.Host.Cli.Rendering;

/// <summary>A rendered file as <c>render --json</c> and <c>template preview --json</c> print it.</summary>
/// <param name="Document">The document rendered (number or id), or <see langword="null"/> for a sample document.</param>
/// <param name="Layout">The layout used.</param>
/// <param name="MediaType">text/html or application/pdf.</param>
/// <param name="Path">The file written.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="BlockedUrls">Requests of the template that were blocked (nothing is fetched).</param>
internal sealed record RenderedView(string? Document, string Layout, string MediaType, string Path, long Bytes, IReadOnlyList<string> BlockedUrls);
