using System.CommandLine;
using Facturation.Host.Cli.Common;
using Facturation.PluginHost;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Host.Cli;

/// <summary><c>facturation plugins list|check</c>.</summary>
internal static class PluginsCommands
{
    public static Command Create()
    {
        var plugins = new Command("plugins", "List installed plugins or check a plugin folder.");
        plugins.Subcommands.Add(List());
        plugins.Subcommands.Add(Check());
        return plugins;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List every plugin folder with its version, areas, status and reason.") { json };
        command.SetAction((parse, _) => FacturationCli.WithHostAsync(host =>
        {
            var catalog = host.Services.GetRequiredService<PluginCatalog>();
            var rows = catalog.Plugins.Select(PluginListRow.From).ToList();
            if (parse.GetValue(json))
                JsonOutput.Write(rows);
            else
                Console.Out.Write(PluginListRow.Table(rows));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Check()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The plugin folder (with plugin.json and the built assemblies)." };
        var json = CliOptions.Json();
        var command = new Command("check", "Check a plugin folder as the host would load it, without installing it.") { folder, json };
        command.SetAction(parse =>
        {
            var report = PluginFolderCheck.Check(parse.GetValue(folder)!.FullName, TimeProvider.System);
            if (parse.GetValue(json))
                JsonOutput.Write(PluginCheckOutput.From(report));
            else
                Console.Out.Write(PluginCheckOutput.Text(report));
            return report.Passed ? 0 : 1;
        });
        return command;
    }
}
