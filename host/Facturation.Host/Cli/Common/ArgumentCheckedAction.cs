using System.CommandLine;
using System.CommandLine.Invocation;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// Runs the argument checks the parser cannot express (an option required unless a sub-command is used, a folder that
/// must exist) before the command's own action opens the database: a bad argument exits with 2 and changes nothing.
/// </summary>
/// <param name="check">Returns the message naming the argument and the rule, or <see langword="null"/>.</param>
/// <param name="command">The command's action (a <see cref="CliAction"/>), run when the arguments are fine.</param>
internal sealed class ArgumentCheckedAction(Func<ParseResult, string?> check, AsynchronousCommandLineAction command) : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => command.ClearsParseErrors;

    /// <summary>Puts <paramref name="check"/> in front of the action already bound to <paramref name="command"/>.</summary>
    /// <param name="command">A command bound with <see cref="CliAction"/>.</param>
    /// <param name="check">Returns the message naming the argument and the rule, or <see langword="null"/>.</param>
    public static void Guard(Command command, Func<ParseResult, string?> check) =>
        command.Action = new ArgumentCheckedAction(check, (AsynchronousCommandLineAction)command.Action!);

    public override Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Malformed tokens are reported by the command's own action, with the others.
        var malformed = parseResult.Errors.Count > 0 || parseResult.UnmatchedTokens.Count > 0;
        return !malformed && check(parseResult) is { } error
            ? Task.FromResult(ProblemPrinter.BadArgument(error))
            : command.InvokeAsync(parseResult, cancellationToken);
    }
}
