using Facturation.PluginHost;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// Names each plugin that failed to load, once per command that loads the plugins, on stderr: a quiet command prints no log line, but the user
/// must still learn that, say, the country pack is missing before a command is refused for want of it.
/// </summary>
internal static class PluginWarnings
{
    public static void Print(PluginCatalog catalog)
    {
        foreach (var failed in catalog.Failed)
            Console.Error.WriteLine($"Warning: plugin {failed.Id} not loaded ({failed.Failure}): {failed.Reason} (see 'facturation plugins list').");
    }
}
