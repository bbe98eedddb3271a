namespace Facturation.Rendering.Pdf;

/// <summary>Why a PDF could not be produced. HTML rendering is unaffected by any of these.</summary>
public enum PdfRenderFailure
{
    /// <summary>The Chromium executable is not installed where the options say.</summary>
    ChromiumMissing = 1,

    /// <summary>Chromium is installed but did not start (missing libraries, Playwright driver, ...).</summary>
    BrowserUnavailable,

    /// <summary>The page did not load and print within <see cref="ChromiumOptions.RenderTimeout"/>.</summary>
    Timeout,

    /// <summary>The browser died during the render, and again after a restart.</summary>
    BrowserCrashed,
}
