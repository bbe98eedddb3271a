using System.Text.Json;

namespace Facturation.Host.Tests;

public sealed class PluginsCommandTests
{
    [Fact]
    public async Task PluginsList_Json_ListsTheBundledPluginsAsLoadedWithTheirAreas()
    {
        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(null, "plugins", "list", "--json");

        Assert.True(exitCode == 0, stderr);
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("loaded", rows["Facturation.Plugins.StandardVat"].GetProperty("status").GetString());
        Assert.Equal("loaded", rows["Facturation.Plugins.SequentialNumbering"].GetProperty("status").GetString());
        Assert.Equal("1.0.0", rows["Facturation.Plugins.StandardVat"].GetProperty("version").GetString());
        Assert.Equal(["tax-regime", "settings"], rows["Facturation.Plugins.StandardVat"].GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["numbering-scheme", "settings"], rows["Facturation.Plugins.SequentialNumbering"].GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("loaded", rows["Facturation.Plugins.France"].GetProperty("status").GetString());
        Assert.Equal(["tax-regime", "numbering-scheme", "document-rules", "accounting-export", "settings"],
            rows["Facturation.Plugins.France"].GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["template-engine", "default-layouts"],
            rows["Facturation.Plugins.Handlebars"].GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("loaded", rows["Facturation.Plugins.Scriban"].GetProperty("status").GetString());
        Assert.Equal(["template-engine", "default-layouts"],
            rows["Facturation.Plugins.Scriban"].GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("loaded", rows["Facturation.Plugins.EInvoicing"].GetProperty("status").GetString());
        Assert.Equal(["einvoice-format", "hybrid-invoice-format", "einvoice-issue-check"],
            rows["Facturation.Plugins.EInvoicing"].GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        // A normal run prints no log line: only the command's own output.
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task PluginsList_PluginDisabledByEnvironment_IsShownDisabled()
    {
        var environment = new Dictionary<string, string> { ["Plugins__Disabled__0"] = "Facturation.Plugins.StandardVat" };

        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(environment, "plugins", "list");

        Assert.True(exitCode == 0, stderr);
        var line = stdout.Split('\n').Single(l => l.StartsWith("Facturation.Plugins.StandardVat", StringComparison.Ordinal));
        Assert.Contains("disabled", line, StringComparison.Ordinal);
        Assert.Contains("disabled by configuration", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fixtures.ThrowingEntry", "EntryThrew", "fixture refuses to register")]
    // Built against the released SDK 1.0.0 package: refused by this SDK 2.x host, which keeps running.
    [InlineData("Fixtures.Sdk10", "SdkVersionNotSupported", "supports SDK [1.0.0, 2.0.0), but the host runs SDK 2.")]
    public async Task PluginsList_FolderWithABrokenOrIncompatiblePlugin_ListsTheReasonAndKeepsTheGoodOne(string broken, string failure, string reason)
    {
        var plugins = Directory.CreateTempSubdirectory("facturation-cli-");
        try
        {
            CopyFixture("Fixtures.GoodRegime", plugins.FullName);
            CopyFixture(broken, plugins.FullName);
            var environment = new Dictionary<string, string> { ["Plugins__Directory"] = plugins.FullName };

            var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(environment, "plugins", "list", "--json");

            Assert.True(exitCode == 0, stderr);
            var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
            Assert.Equal("loaded", rows["Fixtures.GoodRegime"].GetProperty("status").GetString());
            Assert.Equal("failed", rows[broken].GetProperty("status").GetString());
            Assert.Equal(failure, rows[broken].GetProperty("failure").GetString());
            Assert.Contains(reason, rows[broken].GetProperty("reason").GetString(), StringComparison.Ordinal);
            // No log line, but the failed plugin is named once on stderr.
            var warning = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"Warning: plugin {broken} not loaded ({failure}): ", warning, StringComparison.Ordinal);
        }
        finally
        {
            plugins.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CommandThatNeedsNoPlugin_LoadsNone_WhileOneThatDoes_NamesTheFailedPluginAndTheMissingRegime()
    {
        var plugins = Directory.CreateTempSubdirectory("facturation-cli-");
        var data = Directory.CreateTempSubdirectory("facturation-cli-data-");
        try
        {
            CopyFixture("Fixtures.ThrowingEntry", plugins.FullName);
            var environment = new Dictionary<string, string> { ["Plugins__Directory"] = plugins.FullName, ["FACTURATION_DATA"] = data.FullName };

            // Listing companies asks no plugin anything: none is loaded, so the broken one is not even tried.
            var (listed, listOut, listErr) = await FacturationProcess.RunAsync(environment, "company", "list");
            Assert.True(listed == 0, listErr);
            Assert.Contains("No companies", listOut, StringComparison.Ordinal);
            Assert.Equal("", listErr);

            // Creating one checks its tax regime: the plugins load, the failed one is named, the regime is missing.
            var (created, _, createErr) = await FacturationProcess.RunAsync(environment,
                "company", "create", "--code", "acme", "--name", "ACME SAS", "--siren", "732829320", "--address-line1", "1 rue de la Paix", "--post-code", "75002", "--city", "Paris");
            Assert.Equal(1, created);
            Assert.Contains("Warning: plugin Fixtures.ThrowingEntry not loaded (EntryThrew): ", createErr, StringComparison.Ordinal);
            Assert.Contains("standard-vat", createErr, StringComparison.Ordinal);
        }
        finally
        {
            plugins.Delete(recursive: true);
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task PluginsCheck_GoodFolder_SucceedsAndNamesTheAreas()
    {
        var (exitCode, stdout, _) = await FacturationProcess.RunAsync(null, "plugins", "check", Path.Combine(FacturationProcess.FixturesDirectory, "Fixtures.GoodRegime"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Fixtures.GoodRegime 2.3.4: OK", stdout, StringComparison.Ordinal);
        Assert.Contains("provides: tax-regime", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginsCheck_BrokenFolder_FailsWithExitCode1AndTheReason()
    {
        var (exitCode, stdout, _) = await FacturationProcess.RunAsync(null, "plugins", "check", "--json", Path.Combine(FacturationProcess.FixturesDirectory, "Fixtures.ThrowingEntry"));

        Assert.Equal(1, exitCode);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.False(report.GetProperty("passed").GetBoolean());
        Assert.Contains(report.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("fixture refuses to register", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PluginsCheck_MissingFolder_FailsNamingIt()
    {
        var (exitCode, stdout, _) = await FacturationProcess.RunAsync(null, "plugins", "check", "/nonexistent/plugin");

        Assert.Equal(1, exitCode);
        Assert.Contains("folder '/nonexistent/plugin' does not exist", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginsList_EInvoicingPluginWithoutItsSchemas_IsFailedWithTheMissingFileNamed()
    {
        var plugins = Directory.CreateTempSubdirectory("facturation-cli-");
        try
        {
            const string id = "Facturation.Plugins.EInvoicing";
            var source = Path.Combine(FacturationProcess.HostDirectory, "plugins", id);
            var target = Directory.CreateDirectory(Path.Combine(plugins.FullName, id)).FullName;
            foreach (var file in Directory.EnumerateFiles(source))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            var environment = new Dictionary<string, string> { ["Plugins__Directory"] = plugins.FullName };

            var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(environment, "plugins", "list", "--json");

            Assert.True(exitCode == 0, stderr);
            var row = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
            Assert.Equal("failed", row.GetProperty("status").GetString());
            Assert.Contains("cii-d16b/CrossIndustryInvoice_100pD16B.xsd", row.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            plugins.Delete(recursive: true);
        }
    }

    private static void CopyFixture(string id, string pluginsDirectory)
    {
        var source = Path.Combine(FacturationProcess.FixturesDirectory, id);
        var target = Directory.CreateDirectory(Path.Combine(pluginsDirectory, id)).FullName;
        foreach (var file in Directory.EnumerateFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
