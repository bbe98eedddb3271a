using System.CommandLine;
using System.CommandLine.Invocation;
using Facturation.Application.Interchange;
using Facturation.Host.Cli.Common;

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
            var request = new ImportRequest
            {
                FilePath = parse.GetValue(file)!.FullName,
                CompanyCode = parse.GetValue(company),
                Format = parse.GetValue(format),
                Issue = parse.GetValue(issue),
            };
            var report = await imports.ImportAsync(request, cancellationToken);
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
        command.Action = new CheckedAction(parse => CheckImportArguments(parse, file, company, format), (AsynchronousCommandLineAction)command.Action!);
        return command;
    }

    public static Command CreateExport()
    {
        var output = new Option<FileInfo>("--out") { Description = "The file to write (replaced if it exists).", Required = true };
        var company = new Option<string?>("--company") { Description = "Export only this company." };
        var json = new Command("json", "Write companies, customers, items and drafts in the import format, numbered documents in a read-only section.")
        {
            output, company,
        };
        CliAction.Bind<ExportService>(json, async (parse, exports, cancellationToken) =>
        {
            var target = parse.GetValue(output)!;
            // Written beside the target and moved over it, so a failed export never leaves half a file.
            var temporary = target.FullName + ".tmp";
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var outcome = await exports.ExportJsonAsync(stream, parse.GetValue(company), cancellationToken);
                if (!outcome.Succeeded)
                {
                    await stream.DisposeAsync();
                    File.Delete(temporary);
                    return ProblemPrinter.Refused(outcome.Problems, json: false);
                }
                var summary = outcome.Value!;
                foreach (var skipped in summary.NotExported)
                    await Console.Error.WriteLineAsync("Not exported: " + skipped);
                await Console.Out.WriteLineAsync(
                    $"Exported {summary.Companies} companies, {summary.Customers} customers, {summary.Items} items, {summary.Drafts} drafts "
                    + $"and {summary.Issued} numbered documents (read-only section) to {target.FullName}.");
            }
            File.Move(temporary, target.FullName, overwrite: true);
            return ExitCodes.Ok;
        });
        json.Action = new CheckedAction(
            parse => parse.GetValue(output)?.Directory is { Exists: false } folder ? $"Option '--out': folder '{folder.FullName}' does not exist." : null,
            (AsynchronousCommandLineAction)json.Action!);
        var export = new Command("export", "Export data: the interchange format, or a fiscal year of the sales journal for the accountant.");
        export.Subcommands.Add(json);
        export.Subcommands.Add(AccountingExportCommand.Create("fec",
            "The sales journal of a fiscal year in the French FEC format (file <SIREN>FEC<closing date>.txt), for the accountant's software."));
        return export;
    }

    private static string? CheckImportArguments(ParseResult parse, Argument<FileInfo?> file, Option<string?> company, Option<ImportFormat?> format)
    {
        var path = parse.GetValue(file);
        if (path is null)
            return "Argument <file> is required: the file to import.";
        if (!path.Exists)
            return $"Argument <file>: '{path.FullName}' does not exist.";
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

    /// <summary>Runs an argument check the parser cannot express (a file that must exist, options that depend on each other) before the command.</summary>
    private sealed class CheckedAction(Func<ParseResult, string?> check, AsynchronousCommandLineAction command) : AsynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => command.ClearsParseErrors;

        public override Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
        {
            var malformed = parseResult.Errors.Count > 0 || parseResult.UnmatchedTokens.Count > 0;
            return !malformed && check(parseResult) is { } error
                ? Task.FromResult(ProblemPrinter.BadArgument(error))
                : command.InvokeAsync(parseResult, cancellationToken);
        }
    }
}
