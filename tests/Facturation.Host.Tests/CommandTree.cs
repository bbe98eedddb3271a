using System.Text.RegularExpressions;

namespace Facturation.Host.Tests;

/// <summary>
/// The commands of the real executable, found by walking <c>--help</c> from the root: every command that takes
/// options of its own (not only <c>--help</c>), with the options it takes.
/// </summary>
internal static partial class CommandTree
{
    public static async Task<IReadOnlyList<(string Path, IReadOnlySet<string> Options)>> LeavesAsync()
    {
        var found = new List<(string, IReadOnlySet<string>)>();
        var level = new List<string[]> { Array.Empty<string>() };
        while (level.Count > 0)
        {
            var helps = await Task.WhenAll(level.Select(HelpAsync));
            var next = new List<string[]>();
            foreach (var (path, help) in level.Zip(helps))
            {
                var options = Section(help, "Options:").SelectMany(l => OptionName().Matches(l.Trim().Split("  ")[0]).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
                // --verbose is global (recursive): every command shows it, groups included.
                options.ExceptWith(["--help", "--version", "--verbose"]);
                if (path.Length > 0 && options.Count > 0)
                    found.Add((string.Join(' ', path), options));
                next.AddRange(Section(help, "Commands:").Select(l => l.TrimStart().Split(' ')[0]).Select(name => (string[])[.. path, name]));
            }
            level = next;
        }
        return found;
    }

    private static async Task<string> HelpAsync(string[] path)
    {
        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(null, [.. path, "--help"]);
        Assert.True(exitCode == 0, $"facturation {string.Join(' ', path)} --help exited {exitCode}: {stderr}");
        return stdout;
    }

    // The indented lines under a heading of the help text, up to the next blank line.
    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n').SkipWhile(l => l.Trim() != heading).Skip(1).TakeWhile(l => l.Trim().Length > 0).Where(l => l.StartsWith("  ", StringComparison.Ordinal)
            && !l.StartsWith("   ", StringComparison.Ordinal));

    [GeneratedRegex("--[a-z][a-z0-9-]*")]
    private static partial Regex OptionName();
}
