using System.Collections.Concurrent;
using Facturation.PluginHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.Application.Tests;

/// <summary>
/// The bundled plugins of the test output, loaded once per process for each set of disabled plugins and shared by
/// every <see cref="TestApp"/>, as one host process shares them between its requests. Never unloaded: unloading a
/// collectible context while other tests compile templates in theirs crashed the test host (PluginRuntime remarks).
/// </summary>
internal static class BundledPlugins
{
    private static readonly ConcurrentDictionary<string, Lazy<PluginRuntime>> Runtimes = new(StringComparer.Ordinal);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <param name="disabled">Plugin ids left out (the <c>Plugins:Disabled</c> list).</param>
    public static PluginRuntime Without(IReadOnlyCollection<string> disabled)
    {
        var key = string.Join('|', disabled.Order(StringComparer.Ordinal));
        return Runtimes.GetOrAdd(key, _ => new Lazy<PluginRuntime>(() => Load(disabled))).Value;
    }

    private static PluginRuntime Load(IReadOnlyCollection<string> disabled)
    {
        var settings = new Dictionary<string, string?> { ["Plugins:Directory"] = Directory };
        foreach (var (id, index) in disabled.Select((id, index) => (id, index)))
            settings[$"Plugins:Disabled:{index}"] = id;
        // The plugins' clock only times template renders (their budgets): the real one, as in the host.
        return PluginServiceCollectionExtensions.LoadFacturationPlugins(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), NullLoggerFactory.Instance, TimeProvider.System, AppContext.BaseDirectory);
    }
}
