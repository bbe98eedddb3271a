using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Facturation.Plugins.EInvoicing.Cii;
using Facturation.Plugins.EInvoicing.FacturX;
using Facturation.Sdk.Documents;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>
/// What the Factur-X tests share: PDFs printed by the installed Chromium headless shell (the same engine the host's
/// renderer drives), the CII export of a snapshot, the combination, and the command-line PDF tools (qpdf, poppler).
/// </summary>
internal static class FacturXTestKit
{
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Printed = new();

    public static FacturXFormat Format { get; } = new();

    public static DateTimeOffset Timestamp { get; } = new(2026, 11, 22, 10, 15, 30, TimeSpan.FromHours(1));

    public const string InvoiceText = "Facture F-2026-0101 Durand Conseil";

    public static string SimpleHtml =>
        $"<html><body><h1>{InvoiceText}</h1><p>Merci de votre confiance. <a href=\"https://example.com/cgv\">Conditions</a></p></body></html>";

    /// <summary>A table of <paramref name="lines"/> rows: several pages.</summary>
    public static string LongHtml(int lines)
    {
        var html = new StringBuilder("<html><body><h1>" + InvoiceText + "</h1><table>");
        for (var i = 1; i <= lines; i++)
            html.Append("<tr><td>Ligne ").Append(i).Append("</td><td>Prestation de conseil</td><td>85,00</td></tr>");
        return html.Append("</table><p>Fin de la facture</p></body></html>").ToString();
    }

    /// <summary>The PDF Chromium prints for <paramref name="html"/> (printed once per test run).</summary>
    public static byte[] Print(string html) => Printed.GetOrAdd(html, h => new Lazy<byte[]>(() => RunChromium(h))).Value;

    public static byte[] Cii(DocumentSnapshot snapshot, string? profile = null)
    {
        var export = new CiiFormat().Export(new EInvoiceExportRequest(snapshot) { Profile = profile });
        Assert.True(export.Succeeded, string.Join(Environment.NewLine, export.Problems));
        return export.Content!;
    }

    public static HybridInvoice Combine(byte[] pdf, DocumentSnapshot snapshot, string? profile = null)
    {
        profile ??= Format.Profiles[0];
        return Format.Combine(new HybridInvoiceRequest(pdf, Cii(snapshot, profile), profile, snapshot, Timestamp));
    }

    public static byte[] Hybrid(byte[] pdf, DocumentSnapshot snapshot, string? profile = null)
    {
        var result = Combine(pdf, snapshot, profile);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Content!;
    }

    /// <summary>Runs a command-line tool; returns its exit code and outputs.</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{tool} did not finish.");
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A temporary folder deleted by the caller.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "facturx-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes <paramref name="content"/> to a file in <paramref name="folder"/> and returns its path.</summary>
    public static string Save(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] RunChromium(string html)
    {
        var folder = TempFolder();
        try
        {
            var page = Path.Combine(folder, "page.html");
            File.WriteAllText(page, html, Encoding.UTF8);
            var pdf = Path.Combine(folder, "page.pdf");
            var chromium = File.Exists("/usr/lib/chromium/chromium-headless-shell") ? "/usr/lib/chromium/chromium-headless-shell" : "/usr/bin/chromium";
            var (exit, _, error) = Run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + Path.Combine(folder, "profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri);
            Assert.True(exit == 0 && File.Exists(pdf), "Chromium did not print: " + error);
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
