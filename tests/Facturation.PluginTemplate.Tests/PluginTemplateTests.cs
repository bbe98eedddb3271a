using System.Globalization;
using System.Text.RegularExpressions;
using Facturation.PluginHost;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.PluginTemplate.Tests;

/// <summary>
/// The template as a plugin author uses it: installed with `dotnet new`, instantiated outside the repository
/// against the freshly packed SDK package, its own tests run, then the built plugin loaded by the real host code.
/// </summary>
public sealed partial class PluginTemplateTests
{
    private const string PluginId = "Acme.Belgium";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Template_InstantiatedOutsideRepo_BuildsTestsAndLoadsInHost()
    {
        var repo = RepositoryRoot.Locate();
        var feed = Path.Combine(repo, "artifacts", "packages");
        var package = $"Facturation.Sdk.{Facturation.Sdk.SdkInfo.Version}.nupkg";
        Assert.True(File.Exists(Path.Combine(feed, package)),
            $"{package} is missing from {feed}; build it first: dotnet build sdk/Facturation.Sdk");
        var dotnet = new ChildProcess(ChildEnvironment(FreshSdkPackageFolder(repo)), ProcessTimeout);
        using var workspace = new TemplateWorkspace();
        var solution = workspace.PathOf(PluginId);

        await Succeeds(dotnet.RunDotnetAsync(workspace.Root,
            "new", "install", Path.Combine(repo, "plugin-template"), "--debug:custom-hive", workspace.Hive));
        await Succeeds(dotnet.RunDotnetAsync(workspace.Root,
            "new", "facturation-plugin", "-n", PluginId, "-o", solution, "--sdk-feed", feed, "--debug:custom-hive", workspace.Hive));

        var test = await Succeeds(dotnet.RunDotnetAsync(solution, "test", PluginId + ".slnx"));
        var summary = PassedSummary().Match(test.StandardOutput);
        Assert.True(summary.Success, "no 'Passed!' summary with 0 failures:\n" + test.Describe());
        Assert.True(int.Parse(summary.Groups["passed"].Value, CultureInfo.InvariantCulture) > 0, "no test ran:\n" + test.Describe());

        await Succeeds(dotnet.RunDotnetAsync(solution, "build", PluginId));
        var installed = Path.Combine(workspace.PluginsDirectory, PluginId);
        CopyFolder(Path.Combine(solution, PluginId, "bin", "Debug", "net10.0"), installed);

        var check = PluginFolderCheck.Check(installed, TimeProvider.System);
        Assert.True(check.Passed, "plugins check failed: " + string.Join("; ", check.Errors));
        // Warnings would mean a packaging slip, e.g. the SDK copied beside the plugin or a missing .deps.json.
        Assert.Empty(check.Warnings);

        using var runtime = new PluginLoader(
                new PluginActivator(NullLoggerFactory.Instance, TimeProvider.System), NullLogger<PluginLoader>.Instance)
            .LoadAll(workspace.PluginsDirectory, []);
        var record = Assert.Single(runtime.Catalog.Plugins);
        Assert.True(record is { Id: PluginId, Status: PluginStatus.Loaded }, $"{record.Id}: {record.Status} ({record.Reason})");
        Assert.Equal(new[] { "numbering-scheme", "settings" }, record.Areas);

        // The plugin's classes must be the host's SDK interfaces (shared SDK assembly), not look-alikes.
        var scheme = Assert.IsAssignableFrom<INumberingScheme>(ComponentOf<INumberingScheme>(runtime));
        var settings = Assert.IsAssignableFrom<IPluginSettings>(ComponentOf<IPluginSettings>(runtime));
        var values = SettingValues.Empty.WithDefaults(settings.Definitions);
        Assert.Empty(settings.Validate(values).Problems);
        Assert.Equal("width", Assert.Single(settings.Validate(new SettingValues([KeyValuePair.Create("width", "0")])).Problems).Field);
        var series = scheme.DescribeSeries(new NumberingSeriesRequest(DocumentType.Invoice, values));
        var number = scheme.FormatNumber(new NumberFormatRequest(DocumentType.Invoice, series, 42, new DateOnly(2026, 3, 15), values));
        Assert.Equal("INV2026-0042", number);
    }

    // Facturation.Sdk is re-packed without a version bump: a private package folder whose SDK copy is
    // dropped before each run keeps the other packages cached (fast) and never serves a stale SDK.
    private static string FreshSdkPackageFolder(string repo)
    {
        var packages = Path.Combine(repo, "artifacts", "template-test-nuget");
        var staleSdk = Path.Combine(packages, "facturation.sdk");
        if (Directory.Exists(staleSdk))
            Directory.Delete(staleSdk, recursive: true);
        return packages;
    }

    private static Dictionary<string, string> ChildEnvironment(string packages) =>
        new(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = packages,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // English output, so the test summary can be read.
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            // No MSBuild worker left running after each child build.
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

    private static async Task<ProcessResult> Succeeds(Task<ProcessResult> running)
    {
        var result = await running;
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    private static object ComponentOf<TContract>(PluginRuntime runtime) =>
        Assert.Single(runtime.Components, c => c.Contract == typeof(TContract)).Instance;

    private static void CopyFolder(string source, string destination)
    {
        Assert.True(Directory.Exists(source), $"build output folder '{source}' does not exist");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+(?<passed>\d+)")]
    private static partial Regex PassedSummary();
}
