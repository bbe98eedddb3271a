using System.Globalization;
using System.Text;
using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Explains how a generated API listing differs from the approved one and how to accept the change.</summary>
internal static class ApiDifference
{
    private const int MaxListed = 25;

    /// <summary>A failure message: first differing line, members removed and added by type, and how to accept.</summary>
    /// <param name="approved">The approved listing.</param>
    /// <param name="received">The generated listing.</param>
    /// <param name="approvedPath">Where the approved listing is.</param>
    /// <param name="receivedPath">Where the generated listing was written.</param>
    /// <param name="current">The SDK version now, to suggest the next one.</param>
    /// <returns>The message.</returns>
    public static string Describe(string approved, string received, string approvedPath, string receivedPath, SemanticVersion current)
    {
        var approvedLines = Lines(approved);
        var receivedLines = Lines(received);
        var removed = Subtract(Keyed(approvedLines), Keyed(receivedLines));
        var added = Subtract(Keyed(receivedLines), Keyed(approvedLines));
        var index = FirstDifference(approvedLines, receivedLines);

        var message = new StringBuilder()
            .AppendLine("The public API of Facturation.Sdk differs from the approved text.")
            .AppendLine(CultureInfo.InvariantCulture, $"First difference at line {index + 1}:")
            .AppendLine(CultureInfo.InvariantCulture, $"  approved: {approvedLines.ElementAtOrDefault(index) ?? "<end of file>"}")
            .AppendLine(CultureInfo.InvariantCulture, $"  received: {receivedLines.ElementAtOrDefault(index) ?? "<end of file>"}");
        AppendList(message, $"Removed or changed ({removed.Count}):", "- ", removed);
        AppendList(message, $"Added ({added.Count}):", "+ ", added);
        var next = removed.Count > 0
            ? $"major: removed or changed members break plugins built against {current}, so {current.Major + 1}.0.0"
            : $"minor: only additions, so {current.Major}.{current.Minor + 1}.0";
        return message
            .AppendLine("If the change is intended, accept it:")
            .AppendLine(CultureInfo.InvariantCulture, $"  1. cp \"{receivedPath}\" \"{approvedPath}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"  2. bump <Version> in sdk/Facturation.Sdk/Facturation.Sdk.csproj per semantic versioning ({next}),")
            .AppendLine("     then update SdkInfoTests and the SDK range in the plugins' plugin.json if the major changes.")
            .ToString();
    }

    private static List<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];

    private static int FirstDifference(List<string> left, List<string> right)
    {
        var index = 0;
        while (index < left.Count && index < right.Count && string.Equals(left[index], right[index], StringComparison.Ordinal))
            index++;
        return index;
    }

    // A member line is only meaningful with its type, so each is keyed as "[Type] member".
    private static List<string> Keyed(List<string> lines)
    {
        var keyed = new List<string>();
        var type = string.Empty;
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var isMember = line[0] == ' ';
            if (!isMember)
                type = line;
            keyed.Add(isMember ? $"[{TypeName(type)}] {line.Trim()}" : line);
        }
        return keyed;
    }

    private static string TypeName(string declaration) =>
        declaration.Split(' ').FirstOrDefault(word => word.Contains('.', StringComparison.Ordinal)) ?? declaration;

    private static List<string> Subtract(List<string> from, List<string> other)
    {
        var remaining = other.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in from)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
                remaining[line] = count - 1;
            else
                result.Add(line);
        }
        return result;
    }

    private static void AppendList(StringBuilder message, string title, string marker, List<string> lines)
    {
        if (lines.Count == 0)
            return;
        message.AppendLine(title);
        foreach (var line in lines.Take(MaxListed))
            message.Append("  ").Append(marker).AppendLine(line);
        if (lines.Count > MaxListed)
            message.AppendLine(CultureInfo.InvariantCulture, $"  ... and {lines.Count - MaxListed} more (see the received file)");
    }
}
