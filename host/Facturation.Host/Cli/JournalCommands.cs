using System.CommandLine;

namespace Facturation.Host.Cli;

/// <summary>Placeholder until the command group is written.</summary>
internal static class JournalCommands
{
    public static Command Create() => new("journal", "Not available yet.");
}
