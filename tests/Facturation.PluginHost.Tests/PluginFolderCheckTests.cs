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

    [Theory]
    // No entry class: found from metadata, without running the assembly.
    [InlineData("Fixtures.NoEntry", "'Fixtures.NoEntry.dll' ", "has no public class implementing IPluginEntry")]
    // The entry class throws: the trial activation's reason.
    [InlineData("Fixtures.ThrowingEntry", "EntryThrew:", "fixture refuses to register")]
    // Built against the released SDK 1.0.0 package, [1.0.0, 2.0.0): the range and the assembly's SDK major, each named.
    [InlineData("Fixtures.Sdk10", "plugin.json 'sdk': ", "supports SDK [1.0.0, 2.0.0), but the host runs SDK 2.")]
    [InlineData("Fixtures.Sdk10", "'Fixtures.Sdk10.dll' ", "was built against Facturation.Sdk 1.0.0.0, major version differs from the host's 2.")]
    public void Check_BrokenOrIncompatiblePlugin_FailsNamingTheReason(string fixture, string errorStart, string reason)
    {
        using var folder = new PluginsFolder();
        var path = folder.Add(fixture);

        var report = PluginFolderCheck.Check(path, TimeProvider.System);

        Assert.False(report.Passed);
        Assert.Empty(report.Areas);
        Assert.Contains(report.Errors, e => e.StartsWith(errorStart, StringComparison.Ordinal) && e.Contains(reason, StringComparison.Ordinal));
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
