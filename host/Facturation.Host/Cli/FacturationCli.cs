using System.CommandLine;
using System.CommandLine.Invocation;
using Facturation.Host.Cli.Common;
using Facturation.Host.Hosting;
using Facturation.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Facturation.Host.Cli;

/// <summary>The command line: no arguments runs the host; sub-commands administer it.</summary>
public static class FacturationCli
{
    /// <summary><c>--verbose</c>, on every command: logs and the stack trace of an internal error on stderr.</summary>
    private static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Write the logs (and the full exception of an internal error) on stderr.",
        Recursive = true,
    };

    /// <summary>Whether this run was given <c>--verbose</c>.</summary>
    internal static bool Verbose { get; private set; }

    // The top-level commands, by name. One place: the full tree (help, typo suggestions) and the tree of one command.
    private static readonly (string Name, Func<Command> Create)[] TopLevel =
    [
        ("plugins", PluginsCommands.Create),
        ("company", CompanyCommands.Create),
        ("customer", CustomerCommands.Create),
        ("item", ItemCommands.Create),
        ("invoice", DocumentCommands.Create),
        ("quote", QuoteCommands.Create),
        ("credit-note", CreditNoteCommands.Create),
        ("journal", JournalCommands.Create),
        ("render", RenderCommand.Create),
        ("einvoice", EInvoiceCommands.Create),
        ("template", TemplateCommands.Create),
        ("import", ImportExportCommands.CreateImport),
        ("export", ImportExportCommands.CreateExport),
    ];

    /// <summary>Parses <paramref name="args"/> and runs the command; every failure ends in one line and its exit code (<see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        StartupTimeline.Mark("main");
        var parse = Create(args.Length > 0 ? args[0] : null).Parse(args);
        Verbose = parse.GetValue(VerboseOption);
        StartupTimeline.Mark("parsed");
        try
        {
            // Without the default handler an exception reaches CliFaults instead of being printed with its stack trace (exit 1).
            var exitCode = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            // A usage error outside the commands' own actions (unknown or missing sub-command) is printed with the help
            // by System.CommandLine, which exits 1: it is a usage error like any other.
            return parse.Action is ParseErrorAction ? ExitCodes.BadArgument : exitCode;
        }
        catch (Exception ex)
        {
            return CliFaults.Report(ex, services: null);
        }
    }

    /// <summary>Builds the root command with every sub-command.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand Create() => Create(null);

    /// <summary>
    /// Builds the root command with only the top-level command named <paramref name="invoked"/> when there is one (a
    /// command's start then builds its own options, not the whole tree's hundreds), or with every sub-command.
    /// </summary>
    private static RootCommand Create(string? invoked)
    {
        var root = new RootCommand("Facturation.Modular: invoicing for small businesses. Without a command, runs the host.");
        root.Options.Add(VerboseOption);
        var only = TopLevel.Where(c => string.Equals(c.Name, invoked, StringComparison.Ordinal)).Select(c => c.Create()).ToList();
        foreach (var command in only is [{ } single] && single.Name == invoked ? only : TopLevel.Select(c => c.Create()))
            root.Subcommands.Add(command);
        root.SetAction((_, cancellationToken) => RunHostAsync(cancellationToken));
        return root;
    }

    private static Task<int> RunHostAsync(CancellationToken cancellationToken) =>
        WithHostAsync(HostRunMode.Server, async host =>
        {
            // The database is created or upgraded by DatabaseStartup when the host starts.
            await host.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });

    /// <summary>Builds the host, opens the database for <paramref name="access"/> (creating or upgrading it only when needed), and runs <paramref name="action"/>.</summary>
    /// <param name="access">Whether the command only reads (the database is then opened read-only).</param>
    /// <param name="action">What to do with the host.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> WithDatabaseAsync(DatabaseAccess access, Func<IHost, Task<int>> action, CancellationToken cancellationToken = default)
    {
        // EF Core's first query costs more than the rest of the start-up: prepared on the second core meanwhile.
        QueryPipelineWarmUp.Start();
        return WithHostAsync(CommandMode, async host =>
        {
            var opened = await host.Services.GetRequiredService<DatabaseMigrator>().OpenAsync(access, cancellationToken);
            StartupTimeline.Mark("database open");
            if (opened.StaleLockTakenAt is { } taken)
            {
                await Console.Error.WriteLineAsync(
                    $"Note: a process that stopped while upgrading the database (at {taken}) had left it locked; the lock was removed and the upgrade finished.");
            }
            return await action(host);
        });
    }

    /// <summary>Builds the host for a command and runs <paramref name="action"/>.</summary>
    /// <param name="action">What to do with the host.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> WithHostAsync(Func<IHost, Task<int>> action) => WithHostAsync(CommandMode, action);

    private static HostRunMode CommandMode => Verbose ? HostRunMode.VerboseCommand : HostRunMode.Command;

    /// <summary>
    /// Builds the host and runs <paramref name="action"/>: invalid configuration is a message and exit code 2; a failed
    /// plugin is named on stderr when the plugins load (once, in a quiet command); any exception ends in one line (<see cref="CliFaults"/>).
    /// </summary>
    private static async Task<int> WithHostAsync(HostRunMode mode, Func<IHost, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IHost host;
        try
        {
            host = FacturationHostBuilder.Create(mode).Build();
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
            return ExitCodes.BadArgument;
        }
        using (host)
        {
            StartupTimeline.Mark("host built");
            try
            {
                return await action(host);
            }
            catch (Exception ex)
            {
                return CliFaults.Report(ex, host.Services);
            }
            finally
            {
                StartupTimeline.Mark("command done");
                if (mode == HostRunMode.VerboseCommand)
                    host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Facturation.Cli").LogDebug("Timeline since the process started: {Timeline}", StartupTimeline.Describe());
            }
        }
    }
}
