namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// CPU time, in milliseconds, read from /proc at one instant (or the difference of two readings). Linux counts in
/// clock ticks of 10 ms, so a figure is only meaningful over many renders.
/// </summary>
/// <param name="DriverMs">.NET driver process (all its threads: callers, Playwright client, GC).</param>
/// <param name="NodeMs">Playwright's node driver of the browser measured.</param>
/// <param name="BrowserMs">The browser measured and every process under it (renderers, zygotes, GPU and utility
/// processes), children it reaped included; NaN when no such browser was found.</param>
/// <param name="RendererMs">Of <paramref name="BrowserMs"/>: the renderer processes (<c>--type=renderer</c>: parse,
/// style, layout, paint of the page, and the PDF's printing layout).</param>
/// <param name="GpuMs">Of <paramref name="BrowserMs"/>: the GPU process (<c>--type=gpu-process</c>, software
/// rasterising with <c>--disable-gpu</c>).</param>
/// <param name="UtilityMs">Of <paramref name="BrowserMs"/>: the utility processes (<c>--type=utility</c>: network
/// service, storage, print compositor when out of process).</param>
/// <param name="ReapedChildrenMs">Children of the .NET process that exited and were waited for (the cold Chromium
/// processes), with whatever they reaped themselves.</param>
/// <param name="MachineBusyMs">The whole machine, every core: user + nice + system + irq + softirq + steal.</param>
internal readonly record struct RenderCpu(
    double DriverMs, double NodeMs, double BrowserMs, double RendererMs, double GpuMs, double UtilityMs, double ReapedChildrenMs, double MachineBusyMs)
{
    public static RenderCpu operator -(RenderCpu after, RenderCpu before) => new(
        after.DriverMs - before.DriverMs,
        after.NodeMs - before.NodeMs,
        after.BrowserMs - before.BrowserMs,
        after.RendererMs - before.RendererMs,
        after.GpuMs - before.GpuMs,
        after.UtilityMs - before.UtilityMs,
        after.ReapedChildrenMs - before.ReapedChildrenMs,
        after.MachineBusyMs - before.MachineBusyMs);

    public static RenderCpu operator +(RenderCpu left, RenderCpu right) => new(
        left.DriverMs + right.DriverMs,
        left.NodeMs + right.NodeMs,
        left.BrowserMs + right.BrowserMs,
        left.RendererMs + right.RendererMs,
        left.GpuMs + right.GpuMs,
        left.UtilityMs + right.UtilityMs,
        left.ReapedChildrenMs + right.ReapedChildrenMs,
        left.MachineBusyMs + right.MachineBusyMs);

    public static RenderCpu Subtract(RenderCpu after, RenderCpu before) => after - before;

    public static RenderCpu Add(RenderCpu left, RenderCpu right) => left + right;
}
