using System.CommandLine;

namespace Facturation.Host.Cli;

/// <summary>Placeholder until the command group is written.</summary>
internal static class ItemCommands
{
    public static Command Create() => new("item", "Not available yet.");
}
