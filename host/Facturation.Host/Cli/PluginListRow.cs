using System.Globalization;
using System.Text;
using Facturation.PluginHost;

namespace Facturation.Host.Cli;

/// <summary>One line of <c>facturation plugins list</c>.</summary>
/// <param name="Id">Plugin id (folder name when the manifest is unreadable).</param>
/// <param name="Version">Plugin version.</param>
/// <param name="Areas">Areas provided.</param>
/// <param name="Status">loaded, disabled or failed.</param>
/// <param name="Failure">Failure case.</param>
/// <param name="Reason">Why it is not loaded.</param>
/// <param name="Folder">Plugin folder.</param>
internal sealed record PluginListRow(string Id, string? Version, IReadOnlyList<string> Areas, string Status, string? Failure, string? Reason, string Folder)
{
    public static PluginListRow From(PluginRecord record) => new(
        record.Id,
        record.Manifest?.Version.ToString(),
        record.Areas,
        record.Status.ToString().ToLowerInvariant(),
        record.Failure == PluginFailure.None ? null : record.Failure.ToString(),
        record.Reason,
        record.Folder);

    public static string Table(IReadOnlyList<PluginListRow> rows)
    {
        if (rows.Count == 0)
            return "No plugins found." + Environment.NewLine;
        var idWidth = Math.Max(2, rows.Max(r => r.Id.Length));
        var versionWidth = Math.Max(7, rows.Max(r => r.Version?.Length ?? 1));
        var areaWidth = Math.Max(5, rows.Max(r => string.Join(",", r.Areas).Length));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"ID".PadRight(idWidth)}  {"VERSION".PadRight(versionWidth)}  {"AREAS".PadRight(areaWidth)}  STATUS    REASON");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Id.PadRight(idWidth)}  {(row.Version ?? "-").PadRight(versionWidth)}  {string.Join(",", row.Areas).PadRight(areaWidth)}  {row.Status,-8}  {row.Reason}");
        }
        return text.ToString();
    }
}
