namespace Facturation.Application.Rendering;

/// <summary>What a document is rendered to.</summary>
public enum RenderFormat
{
    /// <summary>An HTML page (self-contained: styles inline, images as data URIs).</summary>
    Html,

    /// <summary>An A4 PDF printed by Chromium.</summary>
    Pdf,
}
