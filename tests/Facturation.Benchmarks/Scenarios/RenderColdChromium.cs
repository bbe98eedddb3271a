using System.Diagnostics;
using Facturation.Benchmarks.Running;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The first baseline: one cold Chromium per document, <c>chromium --headless ... --print-to-pdf=FILE
/// --no-pdf-header-footer --user-data-dir=NEW file://PAGE</c>, with the flags of STACK.md. Timed from process start
/// to exit; the new profile folder is made before and deleted after, outside the timing.
/// </summary>
internal static class RenderColdChromium
{
    /// <summary>The flags STACK.md gives for Debian's Chromium (besides the profile folder).</summary>
    public static IReadOnlyList<string> StackFlags { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<RenderColdRun> RunAsync(string executable, string htmlFile, string folder, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("facturation-bench-chromium-").FullName;
        var output = Path.Combine(folder, $"cold-{Guid.NewGuid():N}.pdf");
        try
        {
            var startInfo = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in StackFlags)
                startInfo.ArgumentList.Add(flag);
            startInfo.ArgumentList.Add("--print-to-pdf=" + output);
            startInfo.ArgumentList.Add("--no-pdf-header-footer");
            startInfo.ArgumentList.Add("--user-data-dir=" + profile);
            startInfo.ArgumentList.Add(new Uri(htmlFile).AbsoluteUri);

            var cpuBefore = RenderCpuProbe.Read(browserMarker: null);
            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(startInfo) ?? throw new BenchmarkAbortedException($"Could not start {executable}.");
            var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new BenchmarkAbortedException($"Cold Chromium did not print within {Timeout.TotalSeconds:0} s.");
            }
            await standardOutput;
            var error = await standardError;
            var elapsed = Stopwatch.GetElapsedTime(started);
            var cpu = RenderCpuProbe.Read(browserMarker: null) - cpuBefore;

            if (process.ExitCode != 0 || !File.Exists(output))
                throw new BenchmarkAbortedException($"Cold Chromium failed (exit {process.ExitCode}): {error.Trim()}");
            var pdf = await File.ReadAllBytesAsync(output, cancellationToken);
            RenderPdfCheck.RequirePdf(pdf, "Cold Chromium");
            return new RenderColdRun(elapsed, pdf, cpu);
        }
        finally
        {
            File.Delete(output);
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
