using System.CommandLine;
using System.CommandLine.Invocation;
using Facturation.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// Runs an administration command against the database (opened read-only for a command that only reads, created or
/// upgraded only when needed), after reporting bad arguments (malformed values, missing options, unknown tokens) with
/// exit code 2 and the option named.
/// </summary>
/// <param name="handler">What the command does with the parsed arguments and the host's services.</param>
/// <param name="access">Whether the command only reads.</param>
internal sealed class CliAction(Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> handler, DatabaseAccess access) : AsynchronousCommandLineAction
{
    // With this set, System.CommandLine 2.0 does not print parse errors and exit with 1 itself: it hands the parse
    // result, option and argument errors included, to this action (unknown tokens stay in UnmatchedTokens), so bad
    // arguments get their own exit code. Tests pin the behaviour (CliBadArgumentTests). The errors of the command
    // itself are dropped, so do not add command validators: check rules between options in the handler and answer
    // with ProblemPrinter.BadArgument.
    public override bool ClearsParseErrors => true;

    /// <summary>Makes <paramref name="handler"/> the action of <paramref name="command"/>.</summary>
    /// <param name="command">Command.</param>
    /// <param name="handler">Handler; returns the exit code.</param>
    /// <param name="access">Whether the command only reads: the database is then opened read-only, so read-only storage still serves it.</param>
    public static void Bind(Command command, Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> handler, DatabaseAccess access = DatabaseAccess.ReadWrite) =>
        command.Action = new CliAction(handler, access);

    /// <summary>Makes a handler that takes one application service the action of <paramref name="command"/>.</summary>
    /// <typeparam name="TService">Application service.</typeparam>
    /// <param name="command">Command.</param>
    /// <param name="handler">Handler; returns the exit code.</param>
    /// <param name="access">Whether the command only reads: the database is then opened read-only, so read-only storage still serves it.</param>
    public static void Bind<TService>(Command command, Func<ParseResult, TService, CancellationToken, Task<int>> handler, DatabaseAccess access = DatabaseAccess.ReadWrite)
        where TService : notnull =>
        Bind(command, (parse, services, cancellationToken) => handler(parse, services.GetRequiredService<TService>(), cancellationToken), access);

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var errors = parseResult.Errors.Select(e => e.Message)
            .Concat(parseResult.UnmatchedTokens.Select(t => $"Unrecognized argument '{t}'."))
            .ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
                await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync($"See '{CommandPath(parseResult)} --help'.");
            return ExitCodes.BadArgument;
        }
        return await FacturationCli.WithDatabaseAsync(access, host => handler(parseResult, host.Services, cancellationToken), cancellationToken);
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "facturation" : result.Command.Name);
        return string.Join(' ', names);
    }
}
