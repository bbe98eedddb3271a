using System.Diagnostics;

namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>
/// Debian's Saxon-HE 9.9 (package <c>libsaxonhe-java</c>, run by <c>default-jre-headless</c>; <c>./test.sh</c> installs
/// both): one JVM applies one stylesheet to every file of a folder (<c>-s:</c> and <c>-o:</c> folders), because starting
/// the JVM and compiling the official Schematron XSLT cost seconds while each document costs milliseconds.
/// </summary>
internal static class Saxon
{
    public const string Jar = "/usr/share/java/Saxon-HE.jar";

    /// <summary>Applies <paramref name="stylesheet"/> to each file of <paramref name="sources"/>, one output file of the
    /// same name per source in <paramref name="outputs"/>.</summary>
    public static async Task<SaxonRun> TransformFolderAsync(string stylesheet, string sources, string outputs)
    {
        if (!File.Exists(Jar))
            throw new InvalidOperationException($"{Jar} is missing: install Debian's libsaxonhe-java and default-jre-headless (./test.sh does).");
        Directory.CreateDirectory(outputs);
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-cp", Jar, "net.sf.saxon.Transform", $"-s:{sources}", $"-xsl:{stylesheet}", $"-o:{outputs}" })
            start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start (Debian package default-jre-headless).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new SaxonRun(process.ExitCode, await output + await error, clock.Elapsed);
    }
}
