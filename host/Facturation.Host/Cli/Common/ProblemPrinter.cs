using Facturation.Application.Common;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli.Common;

/// <summary>Prints a refused use case: every problem as <c>field: message (code)</c> on stderr, exit code 1.</summary>
internal static class ProblemPrinter
{
    /// <summary>Prints the problems; with <paramref name="json"/>, also <c>{"problems": [...]}</c> on stdout.</summary>
    /// <param name="problems">Problems.</param>
    /// <param name="json">Machine output requested.</param>
    /// <returns><see cref="ExitCodes.Refused"/>.</returns>
    public static int Refused(IReadOnlyList<Problem> problems, bool json)
    {
        foreach (var problem in problems)
            Console.Error.WriteLine($"{problem.Field ?? "-"}: {problem.Message} ({problem.Code})");
        if (json)
            JsonOutput.Write(new { Problems = problems.Select(ProblemView.From) });
        return ExitCodes.Refused;
    }

    /// <summary>Prints an argument error found after parsing (e.g. two options that exclude each other).</summary>
    /// <param name="message">Message naming the options and the rule.</param>
    /// <returns><see cref="ExitCodes.BadArgument"/>.</returns>
    public static int BadArgument(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.BadArgument;
    }

    /// <summary>Prints the outcome's problems, or hands its value to <paramref name="print"/>.</summary>
    /// <typeparam name="T">Value.</typeparam>
    /// <param name="outcome">Outcome of the use case.</param>
    /// <param name="json">Machine output requested.</param>
    /// <param name="print">Prints the value.</param>
    /// <returns>The exit code.</returns>
    public static int Report<T>(Outcome<T> outcome, bool json, Action<T> print)
    {
        if (!outcome.Succeeded)
            return Refused(outcome.Problems, json);
        print(outcome.Value!);
        return ExitCodes.Ok;
    }
}
