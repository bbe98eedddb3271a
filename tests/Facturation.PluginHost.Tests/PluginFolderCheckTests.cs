namespace Facturation.PluginHost.Tests;

public sealed class PluginFolderCheckTests
{
    [Fact]
    public void Check_GoodPlugin_PassesAndNamesItsAreas()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add("Fixtures.GoodRegime");

        var report = PluginFolderCheck.Check(path, TimeProvider.System);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Errors));
        Assert.Equal(["tax-regime"], report.Areas);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Check_AssemblyWithoutEntryClass_FailsFromMetadataWithoutRunningIt()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add("Fixtures.NoEntry");

        var report = PluginFolderCheck.Check(path, TimeProvider.System);

        Assert.False(report.Passed);
        Assert.Contains(report.Errors, e => e.Contains("has no public class implementing IPluginEntry", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_EntryThatThrows_FailsWithTheTrialActivationReason()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add("Fixtures.ThrowingEntry");

        var report = PluginFolderCheck.Check(path, TimeProvider.System);

        Assert.False(report.Passed);
        Assert.Contains(report.Errors, e => e.StartsWith("EntryThrew:", StringComparison.Ordinal) && e.Contains("fixture refuses to register", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FolderNamedDifferentlyWithDependencies_WarnsButPasses()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add("Fixtures.Dependent", "somewhere-else");

        var report = PluginFolderCheck.Check(path, TimeProvider.System);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Errors));
        Assert.Contains(report.Warnings, w => w.Contains("differs from the id 'Fixtures.Dependent'", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("needs plugin 'Fixtures.GoodRegime' [2.0.0, 3.0.0)", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_InvalidManifest_ListsEachError()
    {
        using var folder = new PluginsFolder();
        folder.WriteFile("broken/plugin.json", """{ "id": "Broken", "sdk": "nope" }""");

        var report = PluginFolderCheck.Check(Path.Combine(folder.Root, "broken"), TimeProvider.System);

        Assert.False(report.Passed);
        Assert.Contains("plugin.json: 'version' is required.", report.Errors);
        Assert.Contains(report.Errors, e => e.StartsWith("plugin.json: 'sdk' must be", StringComparison.Ordinal));
    }
}
