using System.CommandLine;

namespace Facturation.Host.Cli;

/// <summary>Placeholder until the command group is written.</summary>
internal static class CustomerCommands
{
    public static Command Create() => new("customer", "Not available yet.");
}
