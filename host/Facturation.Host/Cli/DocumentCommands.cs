using System.CommandLine;

namespace Facturation.Host.Cli;

/// <summary>Placeholder until the command group is written.</summary>
internal static class DocumentCommands
{
    public static Command Create() => new("invoice", "Not available yet.");
}
