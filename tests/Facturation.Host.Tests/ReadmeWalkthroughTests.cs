using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Facturation.Host.Tests;

/// <summary>
/// The README's walkthrough, run as written (extracted from README.md, so the README stays true) against the built
/// executable, in a data folder and a temporary folder of the test's own: every file it promises is there.
/// </summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
public sealed class ReadmeWalkthroughTests : IDisposable
{
    private const string Marker = "<!-- walkthrough:";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-readme-");

    [Fact]
    public async Task Walkthrough_BuildsOnce_CallsTheExecutable_AndWritesEveryFileIntoTheFolderTheUserNames()
    {
        var lines = WalkthroughLines();
        var build = Assert.Single(lines, l => l.StartsWith("dotnet ", StringComparison.Ordinal));
        Assert.StartsWith("dotnet build host/Facturation.Host", build, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("dotnet run", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("f() { \"$bin/facturation\" \"$@\"; }", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("out=$(mktemp -d)", StringComparison.Ordinal));
        // The test builds the executable itself (Debug, with the test run): the build line is checked, not run, and
        // $bin is where that build is. Every other line runs as the README writes it.
        // Run from a stand-in for the repository root: nothing may be written there.
        var root = Directory.CreateDirectory(Path.Combine(_folder.FullName, "repository"));
        var script = new StringBuilder()
            .AppendLine("set -eo pipefail")
            .AppendLine("cd '" + root.FullName + "'")
            .AppendLine("trap 'echo \"README line failed: $BASH_COMMAND\" >&2' ERR");
        foreach (var line in lines.Where(l => l != build))
            script.AppendLine(line.StartsWith("bin=", StringComparison.Ordinal) ? $"bin='{FacturationProcess.HostDirectory}'" : line);
        var temporary = Directory.CreateDirectory(Path.Combine(_folder.FullName, "tmp"));
        var environment = new Dictionary<string, string>
        {
            ["FACTURATION_DATA"] = Path.Combine(_folder.FullName, "data"),
            ["TMPDIR"] = temporary.FullName,
        };

        // Fourteen processes, two of them printing with Chromium: generous, for a machine shared with other builds.
        var (exitCode, stdout, stderr) = await FacturationProcess.RunProgramAsync("bash", environment, TimeSpan.FromMinutes(15), "-c", script.ToString());

        Assert.True(exitCode == 0, $"the README walkthrough failed ({exitCode}):\n{stderr}\n{stdout}");
        var output = Assert.Single(temporary.GetDirectories());
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Year.ToString(CultureInfo.InvariantCulture);
        var number = $"F{year}-00001";
        Assert.Equal(
            [$"732829320FEC{year}1231.txt", $"{number}.cii.xml", $"{number}.facturx.pdf", $"{number}.pdf", $"{number}.ubl.xml"],
            output.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(Path.Combine(output.FullName, $"{number}.pdf")))[..4]));
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(Path.Combine(output.FullName, $"{number}.facturx.pdf")))[..4]));
        Assert.Equal("CrossIndustryInvoice", XDocument.Load(Path.Combine(output.FullName, $"{number}.cii.xml")).Root!.Name.LocalName);
        Assert.Equal("Invoice", XDocument.Load(Path.Combine(output.FullName, $"{number}.ubl.xml")).Root!.Name.LocalName);
        Assert.Contains(number, stdout, StringComparison.Ordinal);
        Assert.Empty(root.GetFileSystemInfos());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    // The shell block after the walkthrough marker, with continued lines joined.
    private static List<string> WalkthroughLines()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith(Marker, StringComparison.Ordinal));
        Assert.True(start >= 0, $"README.md has no '{Marker}' line before its walkthrough");
        Assert.Equal("```sh", readme[start + 1]);
        var block = readme.Skip(start + 2).TakeWhile(l => l != "```").ToList();
        var lines = new List<string>();
        var pending = "";
        foreach (var line in block)
        {
            if (line.EndsWith('\\'))
            {
                pending += line[..^1];
                continue;
            }
            lines.Add(pending + line);
            pending = "";
        }
        return lines;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.Modular.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
