using System.CommandLine;
using Facturation.Host.Hosting;
using Facturation.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Facturation.Host.Cli;

/// <summary>The command line: no arguments runs the host; sub-commands administer it.</summary>
public static class FacturationCli
{
    /// <summary>Exit code for a configuration that fails validation.</summary>
    public const int ConfigurationError = 2;

    /// <summary>Builds the root command with every sub-command.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand Create()
    {
        var root = new RootCommand("Facturation.Modular: invoicing for small businesses. Without a command, runs the host.");
        root.Subcommands.Add(PluginsCommands.Create());
        root.Subcommands.Add(CompanyCommands.Create());
        root.Subcommands.Add(CustomerCommands.Create());
        root.Subcommands.Add(ItemCommands.Create());
        root.Subcommands.Add(DocumentCommands.Create());
        root.Subcommands.Add(QuoteCommands.Create());
        root.Subcommands.Add(CreditNoteCommands.Create());
        root.Subcommands.Add(JournalCommands.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(EInvoiceCommands.Create());
        root.Subcommands.Add(TemplateCommands.Create());
        root.Subcommands.Add(ImportExportCommands.CreateImport());
        root.Subcommands.Add(ImportExportCommands.CreateExport());
        root.SetAction((_, cancellationToken) => RunHostAsync(cancellationToken));
        return root;
    }

    private static Task<int> RunHostAsync(CancellationToken cancellationToken) =>
        WithHostAsync(async host =>
        {
            await host.RunAsync(cancellationToken);
            return 0;
        });

    /// <summary>Builds the host, brings the database up to date, and runs <paramref name="action"/>.</summary>
    /// <param name="action">What to do with the host.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> WithDatabaseAsync(Func<IHost, Task<int>> action) =>
        WithHostAsync(async host =>
        {
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            return await action(host);
        });

    /// <summary>Builds the host and runs <paramref name="action"/>, turning configuration errors into a message and exit code 2.</summary>
    /// <param name="action">What to do with the host.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> WithHostAsync(Func<IHost, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IHost host;
        try
        {
            host = FacturationHostBuilder.Create().Build();
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
            return ConfigurationError;
        }
        using (host)
            return await action(host);
    }
}
