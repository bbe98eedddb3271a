using System.CommandLine;
using Facturation.Application.Common;
using Facturation.Application.Interchange;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli;

/// <summary>
/// <c>facturation import &lt;file&gt; [--company] [--format] [--issue] [--json]</c> and
/// <c>facturation export json --out &lt;file&gt; [--company]</c> (format in docs/import-format.md).
/// </summary>
internal static class ImportExportCommands
{
    private static readonly Dictionary<string, ImportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["json"] = ImportFormat.Json,
        ["csv"] = ImportFormat.Csv,
    };

    public static Command CreateImport()
    {
        var file = new Argument<FileInfo?>("file")
        {
            Description = "The file to import: JSON interchange format, or a CSV of customers or of items.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var company = new Option<string?>("--company") { Description = "Company code: required for a CSV; for JSON, the company of records that name none." };
        var format = CliOptions.Choice("--format", "File format when the extension does not say it", Formats);
        var issue = new Option<bool>("--issue") { Description = "Issue the imported drafts in file order, dated today." };
        var json = CliOptions.Json();
        var command = new Command("import", "Import companies, customers, items and draft documents; all or nothing, every error listed.")
        {
            file, company, format, issue, json,
        };
        CliAction.Bind<ImportService>(command, async (parse, imports, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var request = new ImportRequest
            {
                FilePath = path.FullName,
                CompanyCode = parse.GetValue(company),
                Format = parse.GetValue(format),
                Issue = parse.GetValue(issue),
            };
            var report = await ProgressDisplay.RunAsync($"Importing {path.Name}", parse.GetValue(json), progress =>
                imports.ImportAsync(request with { Progress = progress }, cancellationToken));
            if (parse.GetValue(json))
                JsonOutput.Write(View(report));
            Print(report, request.FilePath, parse.GetValue(json));
            return report.Status switch
            {
                ImportStatus.Imported => ExitCodes.Ok,
                ImportStatus.IssueStopped => ExitCodes.PartlyDone,
                _ => ExitCodes.Refused,
            };
        });
        // Checked before the database is opened: a bad argument exits with 2 and changes nothing.
        ArgumentCheckedAction.Guard(command, parse => CheckImportArguments(parse, file, company, format));
        return command;
    }

    public static Command CreateExport()
    {
        var output = CliOptions.OutputFile();
        var company = new Option<string?>("--company") { Description = "Export only this company." };
        var json = CliOptions.Json();
        var exportJson = new Command("json", "Write companies, customers, items and drafts in the import format, numbered documents in a read-only section.")
        {
            output, company, json,
        };
        CliAction.Bind<ExportService>(exportJson, async (parse, exports, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var (target, error) = OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false);
            if (error is not null)
                return ProblemPrinter.BadArgument(error);
            Outcome<ExportSummary>? outcome = null;
            var failed = await ProgressDisplay.RunAsync($"Exporting to {Path.GetFileName(target!.Path)}", asJson, progress =>
                OutputFile.WriteAsync(target, async (stream, token) =>
                {
                    outcome = await exports.ExportJsonAsync(stream, parse.GetValue(company), progress, token);
                    return outcome.Succeeded;
                }, cancellationToken));
            if (failed is not null)
                return ProblemPrinter.Refused([failed], asJson);
            return ProblemPrinter.Report(outcome!, asJson, summary =>
            {
                foreach (var skipped in summary.NotExported)
                    Console.Error.WriteLine("Not exported: " + skipped);
                if (asJson)
                    JsonOutput.Write(new { summary.Companies, summary.Customers, summary.Items, summary.Drafts, summary.Issued, summary.NotExported, target.Path });
                else
                    Console.Out.WriteLine(
                        $"Exported {summary.Companies} companies, {summary.Customers} customers, {summary.Items} items, {summary.Drafts} drafts "
                        + $"and {summary.Issued} numbered documents (read-only section) to {target.Path}.");
            });
        });
        ArgumentCheckedAction.Guard(exportJson, parse => OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false).Error);
        var export = new Command("export", "Export data: the interchange format, or a fiscal year of the sales journal for the accountant.");
        export.Subcommands.Add(exportJson);
        export.Subcommands.Add(AccountingExportCommand.Create("fec",
            "The sales journal of a fiscal year in the French FEC format (file <SIREN>FEC<closing date>.txt), for the accountant's software."));
        return export;
    }

    private static string? CheckImportArguments(ParseResult parse, Argument<FileInfo?> file, Option<string?> company, Option<ImportFormat?> format)
    {
        var path = parse.GetValue(file);
        if (path is null)
            return "Argument <file> is required: the file to import.";
        if (PathKinds.Of(path.FullName) is var kind && kind != PathKind.RegularFile)
            return kind == PathKind.Missing
                ? $"Argument <file>: '{path.FullName}' does not exist."
                : $"Argument <file>: '{path.FullName}' is {PathKinds.Describe(kind)}, not a regular file.";
        var resolved = new ImportRequest { FilePath = path.FullName, Format = parse.GetValue(format) }.ResolveFormat();
        if (resolved is null)
            return $"Option '--format': cannot tell the format of '{path.Name}' from its extension; name it .json or .csv, or give --format json|csv.";
        if (resolved == ImportFormat.Csv && string.IsNullOrWhiteSpace(parse.GetValue(company)))
            return "Option '--company' is required with a CSV file: the company its customers or items belong to.";
        return null;
    }

    private static void Print(ImportReport report, string path, bool json)
    {
        // With --json the report went to stdout; the errors still go to stderr for people watching.
        if (report.Status == ImportStatus.Refused)
        {
            foreach (var error in report.Errors)
                Console.Error.WriteLine(error);
            Console.Error.WriteLine($"Import refused: {report.Errors.Count} error(s); nothing was written.");
            return;
        }
        if (!json)
        {
            Console.Out.WriteLine($"Imported {path}:");
            foreach (var count in report.Counts)
                Console.Out.WriteLine($"  {count.Kind,-10} {count.Created,6} created {count.Skipped,6} skipped");
            if (report.IgnoredIssued > 0)
                Console.Out.WriteLine($"  {report.IgnoredIssued} record(s) of the read-only 'issued' section ignored.");
            foreach (var issued in report.Issued)
                Console.Out.WriteLine($"Issued {issued.Number} ({issued.SourceId})");
        }
        if (report.Status == ImportStatus.IssueStopped)
        {
            foreach (var error in report.Errors)
                Console.Error.WriteLine(error);
            Console.Error.WriteLine(
                $"The import is written, but issuing stopped: {report.Issued.Count} draft(s) issued, "
                + $"{report.NotIssued.Count} left as drafts ({string.Join(", ", report.NotIssued)}).");
        }
    }

    private static object View(ImportReport report) => new
    {
        Status = char.ToLowerInvariant(report.Status.ToString()[0]) + report.Status.ToString()[1..],
        report.Counts,
        report.IgnoredIssued,
        Errors = report.Errors.Select(e => new { e.Kind, e.Index, e.Line, e.SourceId, e.Field, e.Code, e.Message, Text = e.ToString() }),
        Issued = report.Issued.Select(i => new { i.SourceId, i.Number, i.DocumentId }),
        report.NotIssued,
    };
}
