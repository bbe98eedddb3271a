using System.CommandLine;
using Facturation.Application.Issuing;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary><c>issue &lt;id&gt;</c> (<c>send</c> for a quote): numbers and freezes a draft, then prints the number.</summary>
internal static class IssueCommand
{
    public static Command Create(string name, string description)
    {
        var id = CliOptions.DocumentId();
        var json = CliOptions.Json();
        var command = new Command(name, description) { id, json };
        CliAction.Bind<IssueService>(command, async (parse, issuer, cancellationToken) =>
            ProblemPrinter.Report(await issuer.IssueAsync(parse.GetValue(id), cancellationToken), parse.GetValue(json), issued =>
            {
                if (parse.GetValue(json))
                    JsonOutput.Write(IssuedView.From(issued));
                else
                    Console.Out.WriteLine(issued.Number);
            }));
        return command;
    }
}
