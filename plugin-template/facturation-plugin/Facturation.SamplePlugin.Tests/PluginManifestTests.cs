using System.Text.Json;

namespace Facturation.SamplePlugin.Tests;

public sealed class PluginManifestTests
{
    [Fact]
    public void PluginJson_IdAndEntryAssembly_MatchTheAssemblyName()
    {
        // The host installs a plugin as plugins/<id>/<id>.dll: a renamed assembly must rename the id too.
        var assemblyName = typeof(SampleNamePlugin).Assembly.GetName().Name;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));

        Assert.Equal(assemblyName, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(assemblyName + ".dll", manifest.RootElement.GetProperty("entryAssembly").GetString());
        Assert.Equal("[2.0.0, 3.0.0)", manifest.RootElement.GetProperty("sdk").GetString());
    }
}
