using System.Diagnostics;
using Facturation.Rendering.Pdf;

namespace Facturation.Rendering.Tests.Pdf;

/// <summary>One warm browser: started once, shared, restarted when it dies. These tests own their renderer to
/// count launches.</summary>
[Collection(ChromiumTestGroup.Name)]
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public sealed class ChromiumPdfRendererLifecycleTests
{
    [Fact]
    public async Task Render_EightAtOnce_AllSucceedInOneBrowser()
    {
        await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions());

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(number => renderer.RenderAsync(
            new PdfRenderRequest(SomeHtml.Document($"<p>Invoice {number}</p>"), "fr-FR"), CancellationToken.None)));

        Assert.All(results, result => Assert.True(result.Succeeded, result.Error));
        for (var number = 1; number <= 8; number++)
            Assert.Contains($"Invoice {number}", Assert.Single(await PdfTools.PagesAsync(results[number - 1].Pdf)), StringComparison.Ordinal);
        Assert.Equal(1, renderer.LaunchCount);
        Assert.Single(ChromiumProcesses.BrowsersWith(renderer.ProcessMarker));
    }

    [Fact]
    public async Task Render_AfterTheBrowserWasKilled_StartsANewOne()
    {
        await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions());
        var request = new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR");
        Assert.True((await renderer.RenderAsync(request, CancellationToken.None)).Succeeded);
        var first = Assert.Single(ChromiumProcesses.BrowsersWith(renderer.ProcessMarker));

        ChromiumProcesses.Kill(first);
        var result = await renderer.RenderAsync(request, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, renderer.LaunchCount);
        var second = Assert.Single(ChromiumProcesses.BrowsersWith(renderer.ProcessMarker));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Render_WhenChromiumIsMissing_FailsAtOnceNamingThePackage()
    {
        await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions { ExecutablePath = "/nonexistent/chromium" });
        var clock = Stopwatch.StartNew();

        var result = await renderer.RenderAsync(new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(PdfRenderFailure.ChromiumMissing, result.Failure);
        Assert.Contains("/nonexistent/chromium", result.Error, StringComparison.Ordinal);
        Assert.Contains("'chromium'", result.Error, StringComparison.Ordinal);
        Assert.True(result.Pdf.IsEmpty);
        Assert.Equal(0, renderer.LaunchCount);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}"); // no launch attempt, no hang
    }

    [Fact]
    public async Task Render_WhenChromiumDoesNotStart_FailsWithTheReason()
    {
        await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions { ExecutablePath = "/bin/false" });

        var result = await renderer.RenderAsync(new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR"), CancellationToken.None);

        Assert.Equal(PdfRenderFailure.BrowserUnavailable, result.Failure);
        Assert.StartsWith("Chromium at /bin/false did not start: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, renderer.LaunchCount);
    }

    [Fact]
    public async Task Render_SlowerThanTheTimeout_FailsWithTimeoutAndKeepsTheBrowser()
    {
        await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions { RenderTimeout = TimeSpan.FromMilliseconds(1) });

        var results = new List<PdfRenderResult>();
        for (var i = 0; i < 2; i++)
            results.Add(await renderer.RenderAsync(new PdfRenderRequest(SomeHtml.LongTable(300), "fr-FR"), CancellationToken.None));

        Assert.All(results, result => Assert.Equal(PdfRenderFailure.Timeout, result.Failure));
        Assert.Contains("not printed within", results[0].Error, StringComparison.Ordinal);
        Assert.Equal(1, renderer.LaunchCount);
    }

    [Fact]
    public async Task Render_WhenCancelled_Throws()
    {
        await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => renderer.RenderAsync(
            new PdfRenderRequest(SomeHtml.Invoice(), "fr-FR"), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Options_ThatCannotWork_AreRejectedAtConstruction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChromiumPdfRenderer(new ChromiumOptions { MaxConcurrentPages = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChromiumPdfRenderer(new ChromiumOptions { RenderTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new ChromiumPdfRenderer(new ChromiumOptions { ExecutablePath = " " }));
    }
}
