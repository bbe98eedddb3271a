using System.CommandLine;

namespace Facturation.Host.Cli;

/// <summary>Placeholder until the command group is written.</summary>
internal static class CompanyCommands
{
    public static Command Create() => new("company", "Not available yet.");
}
