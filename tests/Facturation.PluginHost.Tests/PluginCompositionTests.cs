using Facturation.Sdk.Accounting;
using Facturation.Sdk.Taxes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Facturation.PluginHost.Tests;

/// <summary>The plugins as the host's container sees them, configured from the <c>Plugins</c> section.</summary>
public sealed class PluginCompositionTests
{
    [Fact]
    public void AddFacturationPlugins_RegistersEachLoadedContractInTheHostContainer()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime");
        folder.Add("Fixtures.Json12");
        folder.Add("Fixtures.Json13");

        using var provider = Compose(new() { ["Plugins:Directory"] = folder.Root, ["Plugins:Disabled:0"] = "Fixtures.Json12" });

        var regime = Assert.Single(provider.GetServices<ITaxRegime>());
        Assert.Equal("fixture-flat", regime.Id);
        Assert.Equal(["json13"], provider.GetServices<IAccountingExport>().Select(e => e.Id));
        var catalog = provider.GetRequiredService<PluginCatalog>();
        Assert.Equal(PluginStatus.Disabled, catalog.Find("Fixtures.Json12")!.Status);
    }

    [Fact]
    public void AddFacturationPlugins_PluginServicesGetTheHostClock()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

        using var provider = Compose(new() { ["Plugins:Directory"] = folder.Root }, clock);

        var regime = provider.GetServices<ITaxRegime>().Single();
        Assert.Same(clock, regime.GetType().GetProperty("Clock")!.GetValue(regime));
    }

    [Fact]
    public void AddFacturationPlugins_RelativeDirectory_IsTakenFromTheBaseDirectory()
    {
        using var folder = new PluginsFolder();
        folder.Add("Fixtures.GoodRegime");

        using var provider = Compose(new() { ["Plugins:Directory"] = Path.GetFileName(folder.Root) }, baseDirectory: Path.GetDirectoryName(folder.Root)!);

        Assert.Single(provider.GetServices<ITaxRegime>());
    }

    [Theory]
    [InlineData("Plugins:Directory", " ", "Plugins:Directory must name a folder")]
    [InlineData("Plugins:Disabled:0", "", "Plugins:Disabled:0 is empty")]
    public void AddFacturationPlugins_InvalidOptions_FailAtStartNamingTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Compose(new() { [key] = value }));

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings, TimeProvider? clock = null, string? baseDirectory = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddFacturationPlugins(configuration, NullLoggerFactory.Instance, clock ?? TimeProvider.System, baseDirectory ?? AppContext.BaseDirectory);
        return services.BuildServiceProvider();
    }
}
