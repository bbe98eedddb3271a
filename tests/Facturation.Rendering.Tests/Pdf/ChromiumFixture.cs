using Facturation.Rendering.Pdf;

namespace Facturation.Rendering.Tests.Pdf;

/// <summary>One warm renderer (Debian's /usr/bin/chromium) shared by the PDF tests that do not count launches.</summary>
public sealed class ChromiumFixture : IAsyncDisposable
{
    private readonly ChromiumPdfRenderer _renderer = new(new ChromiumOptions());

    /// <summary>Tests see the contract the application uses.</summary>
    public IPdfRenderer Renderer => _renderer;

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
