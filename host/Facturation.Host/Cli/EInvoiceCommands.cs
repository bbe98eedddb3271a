using System.CommandLine;
using System.CommandLine.Invocation;
using Facturation.Application.EInvoicing;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.EInvoicing;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Host.Cli;

/// <summary>
/// <c>einvoice &lt;number&gt; --company --format cii|ubl|facturx [--profile] --out &lt;file&gt;</c>: an issued document as an
/// EN 16931 e-invoice, checked by the format plugin (business rules, XML Schema) before anything is written, or as a
/// Factur-X PDF (the printed document carrying the CII XML); and <c>einvoice read &lt;file&gt; [--json]</c>: what a
/// received CII or UBL file, or Factur-X / ZUGFeRD PDF, says, with the rules it breaks. <c>read</c> exits with
/// <see cref="ExitCodes.Ok"/> for a clean file, <see cref="ExitCodes.RulesBroken"/> when what it says breaks rules,
/// <see cref="ExitCodes.Unreadable"/> when it cannot be read.
/// </summary>
internal static class EInvoiceCommands
{
    public static Command Create()
    {
        // Nothing is Required at parse level: "einvoice read" must not ask for the export's options; the argument
        // check below names each missing one with exit code 2, before the database is opened.
        var number = new Argument<string?>("number") { Description = "Number (or id) of an issued invoice, credit note or deposit invoice.", Arity = ArgumentArity.ZeroOrOne };
        var company = new Option<string?>("--company") { Description = "Company code (required)." };
        var format = new Option<string?>("--format") { Description = "E-invoice format id: cii (UN/CEFACT CII D16B, Factur-X EN 16931 XML), ubl (OASIS UBL 2.1) or facturx (Factur-X PDF/A-3 carrying the CII XML) (required)." };
        var profile = new Option<string?>("--profile") { Description = "Specification identifier (BT-24) to claim; default: the format's first profile." };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write, or a folder to write <number>.<format>.xml (<number>.facturx.pdf) in (required; replaced if it exists, written only when the document passes every check)." };
        var json = CliOptions.Json();
        var command = new Command("einvoice", "Write an issued document as an EN 16931 e-invoice (CII, UBL or a Factur-X PDF), refused with every broken rule listed; 'read' shows a received one.")
        {
            number, company, format, profile, output, json,
        };
        CliAction.Bind(command, async (parse, services, cancellationToken) =>
        {
            var einvoices = services.GetRequiredService<EInvoiceService>();
            var formatId = parse.GetValue(format)!;
            if (!einvoices.FormatIds.Contains(formatId, StringComparer.Ordinal))
            {
                var loaded = string.Join("|", einvoices.FormatIds);
                return ProblemPrinter.BadArgument($"Option '--format': '{formatId}' is not a loaded e-invoice format (one of {(loaded.Length == 0 ? "none: is the e-invoicing plugin installed?" : loaded)}).");
            }
            var asJson = parse.GetValue(json);
            var outcome = await einvoices.ExportAsync(parse.GetValue(company)!, parse.GetValue(number)!, formatId, parse.GetValue(profile), cancellationToken);
            if (!outcome.Succeeded)
                return ProblemPrinter.Refused(outcome.Problems, asJson);
            var file = outcome.Value!;
            // A folder given as --out receives the suggested name, <number>.<format>.xml (or .facturx.pdf).
            var given = parse.GetValue(output)!;
            var target = Directory.Exists(given.FullName) ? new FileInfo(Path.Combine(given.FullName, file.FileName)) : given;
            // Written beside the target and moved over it: a failed write never leaves half a file.
            var temporary = target.FullName + ".tmp";
            try
            {
                await File.WriteAllBytesAsync(temporary, file.Content, cancellationToken);
                File.Move(temporary, target.FullName, overwrite: true);
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
            if (asJson)
                JsonOutput.Write(new EInvoiceWrittenView(target.FullName, file.Number, Tokens.Of(file.Type), file.FormatId, file.Profile, file.Content.Length));
            else
                await Console.Out.WriteLineAsync($"Wrote {file.Number} as {file.FormatId} ({file.Profile}) to {target.FullName} ({file.Content.Length} bytes).");
            return ExitCodes.Ok;
        });
        command.Action = new ArgumentCheckedAction(parse =>
            string.IsNullOrWhiteSpace(parse.GetValue(number)) ? "Argument <number> is required: the number of the issued document to write (or 'einvoice read <file>' to read one)."
            : string.IsNullOrWhiteSpace(parse.GetValue(company)) ? "Option '--company' is required: the code of the company that issued the document."
            : string.IsNullOrWhiteSpace(parse.GetValue(format)) ? "Option '--format' is required: the e-invoice format, cii, ubl or facturx."
            : parse.GetValue(output) is not { } target ? "Option '--out' is required: the file to write (or a folder)."
            : target.Directory is { Exists: false } folder ? $"Option '--out': folder '{folder.FullName}' does not exist."
            : null,
            (AsynchronousCommandLineAction)command.Action!);
        command.Subcommands.Add(CreateRead());
        return command;
    }

    private static Command CreateRead()
    {
        var file = new Argument<FileInfo?>("file") { Description = "A received e-invoice: CII (Factur-X / ZUGFeRD XML), UBL 2.1 Invoice / CreditNote, or a Factur-X / ZUGFeRD PDF (its embedded XML is read).", Arity = ArgumentArity.ZeroOrOne };
        var json = CliOptions.Json();
        var command = new Command("read", "Show a received CII or UBL e-invoice, or the one a Factur-X / ZUGFeRD PDF carries: parties, lines, VAT breakdown, totals, profile, and the rules it breaks.")
        {
            file, json,
        };
        CliAction.Bind<EInvoiceService>(command, async (parse, einvoices, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var asJson = parse.GetValue(json);
            var outcome = await einvoices.ReadFileAsync(path.FullName, cancellationToken);
            if (!outcome.Succeeded)
            {
                ProblemPrinter.Refused(outcome.Problems, asJson);
                return ExitCodes.Unreadable;
            }
            var view = EInvoiceReadView.From(outcome.Value!, path.FullName);
            if (asJson)
                JsonOutput.Write(view);
            else
                await Console.Out.WriteAsync(EInvoiceReadText.Render(view));
            if (view.Problems.Count == 0)
                return ExitCodes.Ok;
            await Console.Error.WriteLineAsync($"{path.Name} breaks {view.Problems.Count} rule(s), listed above.");
            return ExitCodes.RulesBroken;
        });
        command.Action = new ArgumentCheckedAction(parse =>
            parse.GetValue(file) is not { } path ? "Argument <file> is required: the e-invoice to read."
            : !path.Exists ? $"Argument <file>: '{path.FullName}' does not exist."
            : null,
            (AsynchronousCommandLineAction)command.Action!);
        return command;
    }
}
