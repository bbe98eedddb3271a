namespace Facturation.Benchmarks.Scenarios;

/// <summary>How much the <c>render</c> scenario does per round.</summary>
/// <param name="Html">Renders per HTML case and round (<c>--invoices</c>).</param>
/// <param name="Steps">Calls per step of the HTML breakdown and round.</param>
/// <param name="Pdf">Renders per PDF case and round.</param>
/// <param name="ChromiumExecutable">Debian's Chromium.</param>
internal sealed record RenderCounts(int Html, int Steps, int Pdf, string ChromiumExecutable);
