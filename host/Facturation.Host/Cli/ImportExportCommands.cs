using System.CommandLine;

namespace Facturation.Host.Cli;

/// <summary>Placeholder until the command group is written.</summary>
internal static class ImportExportCommands
{
    public static Command CreateImport() => new("import", "Not available yet.");

    public static Command CreateExport() => new("export", "Not available yet.");
}
