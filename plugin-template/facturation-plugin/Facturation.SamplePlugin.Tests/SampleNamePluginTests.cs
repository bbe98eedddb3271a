using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.SamplePlugin.Tests;

public sealed class SampleNamePluginTests
{
    [Fact]
    public void ConfigureServices_RegistersTheSchemeAndItsSettings()
    {
        var services = new ServiceCollection();

        new SampleNamePlugin().ConfigureServices(services);

        Assert.Contains(services, d => d.ServiceType == typeof(INumberingScheme) && d.ImplementationType == typeof(SampleNameNumberingScheme));
        Assert.Contains(services, d => d.ServiceType == typeof(IPluginSettings) && d.ImplementationType == typeof(SampleNameNumberingSettings));
    }
}
