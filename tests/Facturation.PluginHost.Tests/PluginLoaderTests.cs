using System.Runtime.Loader;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.PluginHost.Tests;

public sealed class PluginLoaderTests
{
    [Fact]
    public async Task LoadAll_GoodPlugin_ItsClassIsUsedThroughTheHostSdkInterface()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime");

        using var runtime = folder.Load();

        var record = Assert.Single(runtime.Catalog.Plugins);
        Assert.Equal(PluginStatus.Loaded, record.Status);
        Assert.Equal(["tax-regime"], record.Areas);
        var component = Assert.Single(runtime.Components);
        var regime = Assert.IsAssignableFrom<ITaxRegime>(component.Instance);
        Assert.Same(Assert.Single(runtime.Plugins).Context, AssemblyLoadContext.GetLoadContext(regime.GetType().Assembly));
        Assert.True(runtime.Plugins[0].Context.IsCollectible);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(ITaxRegime).Assembly));
        Assert.Equal("Fixtures.GoodRegime 2.3.4", regime.DisplayName);

        var assessment = await regime.AssessAsync(new TaxAssessmentRequest(Some.Document(), SettingValues.Empty), CancellationToken.None);

        var decision = Assert.Single(assessment.GetValueOrThrow().Lines);
        Assert.Equal(VatCategory.StandardRate, decision.Decision.Category);
        Assert.Equal(7m, decision.Decision.RatePercent);
    }

    [Fact]
    public async Task LoadAll_TwoPluginsUsingDifferentVersionsOfAPackage_EachLoadsItsOwnVersion()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.Json12");
        folder.Add("Fixtures.Json13");

        using var runtime = folder.Load();

        Assert.All(runtime.Catalog.Plugins, p => Assert.Equal(PluginStatus.Loaded, p.Status));
        var outputs = new Dictionary<string, string>();
        foreach (var component in runtime.Components)
        {
            var export = Assert.IsAssignableFrom<Facturation.Sdk.Accounting.IAccountingExport>(component.Instance);
            using var stream = new MemoryStream();
            await export.WriteAsync(Some.ExportRequest(), Some.Entries(2), stream, CancellationToken.None);
            outputs[export.Id] = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
        Assert.StartsWith("newtonsoft=12.0.0.0\n", outputs["json12"], StringComparison.Ordinal);
        Assert.StartsWith("newtonsoft=13.0.0.0\n", outputs["json13"], StringComparison.Ordinal);
        Assert.Contains("\"Sequence\":2", outputs["json12"], StringComparison.Ordinal);

        var newtonsoftContexts = runtime.Plugins
            .Select(p => p.Context.Assemblies.Single(a => a.GetName().Name == "Newtonsoft.Json"))
            .Select(a => runtime.Plugins.SingleOrDefault(p => p.Context == AssemblyLoadContext.GetLoadContext(a))?.PluginContext.Manifest.Id)
            .ToList();
        Assert.Equal(["Fixtures.Json12", "Fixtures.Json13"], newtonsoftContexts.Order());
    }

    [Fact]
    public void LoadAll_PluginWithDependency_LoadsAfterTheOneItNeeds()
    {
        using var folder = new PluginsFolder();
        // Folder names sort the dependent first, so only dependency ordering puts GoodRegime before it.
        folder.Add("Fixtures.Dependent", "a-dependent");
        folder.Add("Fixtures.GoodRegime", "z-regime");

        using var runtime = folder.Load();

        Assert.All(runtime.Catalog.Plugins, p => Assert.Equal(PluginStatus.Loaded, p.Status));
        Assert.Equal(["Fixtures.GoodRegime", "Fixtures.Dependent"], runtime.Plugins.Select(p => p.PluginContext.Manifest.Id));
    }

    [Fact]
    public void LoadAll_PluginDisabledByConfiguration_IsListedAsDisabledAndNotLoaded()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime");
        folder.Add("Fixtures.Json13");

        using var runtime = folder.Load("Fixtures.GoodRegime");

        Assert.Equal(PluginStatus.Disabled, runtime.Catalog.Find("Fixtures.GoodRegime")!.Status);
        Assert.Equal(PluginStatus.Loaded, runtime.Catalog.Find("Fixtures.Json13")!.Status);
        Assert.DoesNotContain(runtime.Components, c => c.Contract == typeof(ITaxRegime));
    }

    [Fact]
    public void LoadAll_MissingPluginsFolder_GivesAnEmptyCatalog()
    {
        using var folder = new PluginsFolder();
        Directory.Delete(folder.Root);

        using var runtime = folder.Load();

        Assert.Empty(runtime.Catalog.Plugins);
    }

    [Fact]
    public void Unload_UnloadsThePluginContexts()
    {
        var context = LoadAndUnload();

        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the plugin's collectible load context was not collected after the runtime was unloaded");
    }

    [Fact]
    public void Dispose_DisposesThePluginContainers_AndKeepsTheContextsLoaded()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime");
        var runtime = folder.Load();
        var plugin = Assert.Single(runtime.Plugins);

        runtime.Dispose();

        Assert.Throws<ObjectDisposedException>(() => plugin.Services.GetService(typeof(object)));
        Assert.Contains(plugin.Context, System.Runtime.Loader.AssemblyLoadContext.All);
        Assert.NotEmpty(plugin.Context.Assemblies);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndUnload()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.Dependent");
        folder.Add("Fixtures.GoodRegime");
        var runtime = folder.Load();
        var reference = new WeakReference(runtime.Plugins[0].Context);
        Assert.Equal(2, runtime.Plugins.Count);
        runtime.Unload();
        return reference;
    }
}
