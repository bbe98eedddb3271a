using Facturation.Sdk;

namespace Facturation.PluginHost.Tests;

/// <summary>
/// A plugin compiled against the released SDK 1.0.0 package (<c>Fixtures.Sdk10</c>, range <c>[1.0.0, 2.0.0)</c>) is
/// refused by this SDK 2.x host with its reason, and never stops the plugins beside it (what <c>plugins check</c> says
/// of it: <see cref="PluginFolderCheckTests"/>).
/// </summary>
public sealed class SdkCompatibilityTests
{
    private const string Sdk1Range = "[1.0.0, 2.0.0)";

    [Fact]
    public void PluginBuiltAgainstSdk10_IsRefusedWithTheRangeAndTheHostSdk_AndTheOthersStillLoad()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add("Fixtures.Sdk10");
        folder.Add("Fixtures.GoodRegime");
        var inspection = EntryAssemblyInspector.Inspect(Path.Combine(path, "Fixtures.Sdk10.dll"));

        using var runtime = folder.Load();

        Assert.Equal(new Version(1, 0, 0, 0), inspection.SdkReference);
        Assert.Equal(2, SdkInfo.Version.Major);
        var record = runtime.Catalog.Plugins.Single(p => p.Manifest?.Id == "Fixtures.Sdk10");
        Assert.Equal(PluginStatus.Failed, record.Status);
        Assert.Equal(PluginFailure.SdkVersionNotSupported, record.Failure);
        Assert.StartsWith($"supports SDK {Sdk1Range}, but the host runs SDK {SdkInfo.Version}: ", record.Reason, StringComparison.Ordinal);
        Assert.Contains("rebuild it against SDK 2.x", record.Reason, StringComparison.Ordinal);
        Assert.Empty(record.Areas);
        Assert.Equal(PluginStatus.Loaded, runtime.Catalog.Plugins.Single(p => p.Manifest?.Id == "Fixtures.GoodRegime").Status);
        Assert.Equal(["Fixtures.GoodRegime"], runtime.Components.Select(c => c.PluginId).Distinct());
    }
}
