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
            var asJson = parse.GetValue(json);
            var (folder, error) = OutputFile.CheckFolder("--out", parse.GetValue(output)!.FullName);
            if (error is not null)
                return ProblemPrinter.BadArgument(error);
            var (outcome, failed) = await ProgressDisplay.RunAsync($"Exporting {format}", asJson, progress =>
                OutputFile.GuardAsync(folder!, () => exports.ExportAsync(
                    new AccountingExportInput(parse.GetValue(company)!, format, parse.GetValue(yearEnd)!.Value, folder!.Path)
                    {
                        FiscalYearStart = parse.GetValue(yearStart),
                        Progress = progress,
                    },
                    cancellationToken)));
            if (failed is not null)
                return ProblemPrinter.Refused([failed], asJson);
            return ProblemPrinter.Report(outcome!, asJson, summary =>
            {
                if (asJson)
                    JsonOutput.Write(summary);
                else
                    Console.Out.WriteLine($"Exported {summary.Entries} entries of the fiscal year {summary.Period.Start:yyyy-MM-dd} to {summary.Period.End:yyyy-MM-dd} to {summary.Path}.");
            });
        });
        ArgumentCheckedAction.Guard(command, parse =>
            parse.GetValue(yearEnd) is null ? "Option '--fiscal-year-end' is required: the closing date of the fiscal year to export (yyyy-MM-dd)."
            : OutputFile.CheckFolder("--out", parse.GetValue(output)!.FullName).Error);
        return command;
    }
}
