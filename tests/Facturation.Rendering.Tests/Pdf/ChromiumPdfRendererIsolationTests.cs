using System.Net;
using System.Net.Sockets;
using Facturation.Rendering.Pdf;

namespace Facturation.Rendering.Tests.Pdf;

/// <summary>A template cannot run code, nor reach the network or the disk: only data: URLs load.</summary>
[Collection(ChromiumTestGroup.Name)]
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public sealed class ChromiumPdfRendererIsolationTests(ChromiumFixture chromium)
{
    private readonly IPdfRenderer _renderer = chromium.Renderer;

    [Fact]
    public async Task Render_ExternalResources_AreBlockedAndListedWhileDataImagesRender()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var local = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var html = SomeHtml.Document($"""
            <link rel="stylesheet" href="https://example.com/x.css">
            <link rel="preconnect" href="{local}">
            <p style="background-image:url('{local}/background.png')">Images</p>
            <img src="file:///etc/passwd">
            <img src="{local}/x.png">
            <iframe src="{local}/frame.html"></iframe>
            <img src="{SomeHtml.RedPixel}" style="width:40px;height:40px">
            """);

        var result = await _renderer.RenderAsync(new PdfRenderRequest(html, "fr-FR"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("https://example.com/x.css", result.BlockedUrls);
        Assert.Contains("file:///etc/passwd", result.BlockedUrls);
        Assert.Contains($"{local}/x.png", result.BlockedUrls);
        Assert.Contains($"{local}/background.png", result.BlockedUrls);
        Assert.Contains($"{local}/frame.html", result.BlockedUrls);
        Assert.DoesNotContain(result.BlockedUrls, url => url.StartsWith("data:", StringComparison.Ordinal));
        // The 1×1 data: pixel is printed (the blocked images print as Chromium's broken-image icon).
        Assert.Contains((1, 1), await PdfTools.ImagesAsync(result.Pdf));
        // Nothing reached the local server: no request, not even a preconnect.
        using var noConnection = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync(noConnection.Token);
        });
    }

    [Fact]
    public async Task Render_Script_DoesNotRun()
    {
        var html = SomeHtml.Document("""
            <p>Original content</p>
            <script>document.body.innerHTML = 'HACKED';</script>
            <img src="x" onerror="document.body.innerHTML = 'HACKED'">
            """);

        var result = await _renderer.RenderAsync(new PdfRenderRequest(html, "fr-FR"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var page = Assert.Single(await PdfTools.PagesAsync(result.Pdf));
        Assert.Contains("Original content", page, StringComparison.Ordinal);
        Assert.DoesNotContain("HACKED", page, StringComparison.Ordinal);
    }
}
