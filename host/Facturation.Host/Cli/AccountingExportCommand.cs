using System.CommandLine;
using Facturation.Application.Accounting;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli;

/// <summary><c>export fec</c>: a fiscal year of the sales journal in an accounting plugin's format, for the accountant.</summary>
internal static class AccountingExportCommand
{
    public static Command Create(string format, string description)
    {
        var company = CliOptions.Company();
        var yearEnd = CliOptions.Date("--fiscal-year-end", "Closing date of the fiscal year to export, yyyy-MM-dd (required; must fall on the company's closing day).");
        var yearStart = CliOptions.Date("--fiscal-year-start", "First day of the year when it is not the day after the previous closing (a first year).");
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write to; the file name is the format's (replaced if it exists).", Required = true };
        var json = CliOptions.Json();
        var command = new Command(format, description) { company, yearEnd, yearStart, output, json };
        CliAction.Bind<AccountingExportService>(command, async (parse, exports, cancellationToken) =>
        {
            if (parse.GetValue(yearEnd) is not { } closing)
                return ProblemPrinter.BadArgument("Option '--fiscal-year-end' is required: the closing date of the fiscal year to export (yyyy-MM-dd).");
            var input = new AccountingExportInput(parse.GetValue(company)!, format, closing, parse.GetValue(output)!.FullName)
            {
                FiscalYearStart = parse.GetValue(yearStart),
            };
            var outcome = await exports.ExportAsync(input, cancellationToken);
            var asJson = parse.GetValue(json);
            return ProblemPrinter.Report(outcome, asJson, summary =>
            {
                if (asJson)
                    JsonOutput.Write(summary);
                else
                    Console.Out.WriteLine($"Exported {summary.Entries} entries of the fiscal year {summary.Period.Start:yyyy-MM-dd} to {summary.Period.End:yyyy-MM-dd} to {summary.Path}.");
            });
        });
        return command;
    }
}
