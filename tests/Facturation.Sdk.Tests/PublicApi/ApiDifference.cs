using System.Globalization;
using System.Text;
using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Explains how a generated API listing differs from the approved one and how to accept the change.</summary>
internal static class ApiDifference
{
    private const int MaxListed = 25;

    /// <summary>A failure message: first differing line, declarations removed and added, each with its namespace or type, and how to accept.</summary>
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
        var approvedDeclarations = Keyed(approved);
        var receivedDeclarations = Keyed(received);
        var removed = Subtract(approvedDeclarations, receivedDeclarations);
        var added = Subtract(receivedDeclarations, approvedDeclarations);
        var index = FirstDifference(approvedLines, receivedLines);

        var message = new StringBuilder()
            .AppendLine("The public API of Facturation.Sdk differs from the approved text.")
            .AppendLine(CultureInfo.InvariantCulture, $"First difference at line {index + 1}:")
            .AppendLine(CultureInfo.InvariantCulture, $"  approved: {approvedLines.ElementAtOrDefault(index) ?? "<end of file>"}")
            .AppendLine(CultureInfo.InvariantCulture, $"  received: {receivedLines.ElementAtOrDefault(index) ?? "<end of file>"}");
        AppendList(message, $"Removed or changed ({removed.Count}):", "- ", removed);
        AppendList(message, $"Added ({added.Count}):", "+ ", added);
        return message
            .AppendLine("If the change is intended, accept it:")
            .AppendLine(CultureInfo.InvariantCulture, $"  1. cp \"{receivedPath}\" \"{approvedPath}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"  2. bump <Version> in sdk/Facturation.Sdk/Facturation.Sdk.csproj per semantic versioning ({SdkVersionBump.Describe(current, removed.Count, added.Count)}),")
            .AppendLine("     then update SdkInfoTests and the SDK range in the plugins' plugin.json if the major changes.")
            .ToString();
    }

    private static List<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];

    // A member is only meaningful with its type, so each declaration is keyed as "[Owner] declaration".
    private static List<string> Keyed(string listing) => [.. ApiListing.Read(listing).Select(d => d.ToString())];

    private static int FirstDifference(List<string> left, List<string> right)
    {
        var index = 0;
        while (index < left.Count && index < right.Count && string.Equals(left[index], right[index], StringComparison.Ordinal))
            index++;
        return index;
    }

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
