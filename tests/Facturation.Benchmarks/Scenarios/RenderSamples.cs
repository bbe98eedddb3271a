namespace Facturation.Benchmarks.Scenarios;

/// <summary>Everything the <c>render</c> scenario measured, by case.</summary>
internal sealed class RenderSamples
{
    /// <summary>HtmlRenderer alone (view built, template compiled and cached), by worker count.</summary>
    public Dictionary<int, RenderCaseSamples> HtmlAlone { get; } = [];

    /// <summary>HtmlRenderer alone with the Handlebars default layout on the same view, by worker count.</summary>
    public Dictionary<int, RenderCaseSamples> HtmlAloneHandlebars { get; } = [];

    /// <summary>DocumentRenderService to HTML (DB read, snapshot, view, QR code, render), by worker count.</summary>
    public Dictionary<int, RenderCaseSamples> HtmlService { get; } = [];

    /// <summary>DocumentRenderService to PDF with the warm browser, by concurrent callers.</summary>
    public Dictionary<int, RenderCaseSamples> PdfWarm { get; } = [];

    /// <summary>DocumentRenderService to PDF with the warm browser, the 10-line invoice (when it takes more than one page).</summary>
    public RenderCaseSamples PdfRequested { get; } = new();

    /// <summary>The plain Playwright page with the product's PDF options.</summary>
    public RenderCaseSamples PlainProduct { get; } = new();

    /// <summary>The plain Playwright page with minimal PDF options.</summary>
    public RenderCaseSamples PlainMinimal { get; } = new();

    /// <summary>One cold Chromium per document.</summary>
    public RenderCaseSamples Cold { get; } = new();

    /// <summary>The steps of a service HTML render timed one by one (single thread), in microseconds, by step.</summary>
    public Dictionary<string, List<double>> StepsMicroseconds { get; } = [];

    public static RenderCaseSamples Case(Dictionary<int, RenderCaseSamples> cases, int key)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (!cases.TryGetValue(key, out var found))
            cases[key] = found = new RenderCaseSamples();
        return found;
    }

    public void AddStep(string step, IEnumerable<double> microseconds)
    {
        if (!StepsMicroseconds.TryGetValue(step, out var list))
            StepsMicroseconds[step] = list = [];
        list.AddRange(microseconds);
    }
}
