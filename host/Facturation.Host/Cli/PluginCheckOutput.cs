using System.Globalization;
using System.Text;
using Facturation.PluginHost;

namespace Facturation.Host.Cli;

/// <summary>The result of <c>facturation plugins check</c>, as printed.</summary>
/// <param name="Folder">Folder checked.</param>
/// <param name="Id">Plugin id, when the manifest is valid.</param>
/// <param name="Version">Plugin version.</param>
/// <param name="Passed">Whether the plugin would load.</param>
/// <param name="Areas">Areas provided.</param>
/// <param name="Errors">What prevents loading.</param>
/// <param name="Warnings">What deserves a look.</param>
internal sealed record PluginCheckOutput(
    string Folder, string? Id, string? Version, bool Passed, IReadOnlyList<string> Areas, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public static PluginCheckOutput From(PluginCheckReport report) => new(
        report.Folder, report.Manifest?.Id, report.Manifest?.Version.ToString(), report.Passed, report.Areas, report.Errors, report.Warnings);

    public static string Text(PluginCheckReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Manifest?.Id ?? report.Folder} {report.Manifest?.Version}: {(report.Passed ? "OK" : "FAILED")}");
        if (report.Areas.Count > 0)
            text.AppendLine("  provides: " + string.Join(", ", report.Areas));
        foreach (var error in report.Errors)
            text.AppendLine("  error: " + error);
        foreach (var warning in report.Warnings)
            text.AppendLine("  warning: " + warning);
        return text.ToString();
    }
}
