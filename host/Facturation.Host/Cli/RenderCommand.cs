using System.CommandLine;
using Facturation.Application.Rendering;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli;

/// <summary><c>render &lt;number&gt;</c>: an issued document as HTML or PDF, from its frozen snapshot.</summary>
internal static class RenderCommand
{
    private static readonly Dictionary<string, RenderFormat> Formats = new(StringComparer.Ordinal)
    {
        ["html"] = RenderFormat.Html,
        ["pdf"] = RenderFormat.Pdf,
    };

    public static Command Create()
    {
        var reference = new Argument<string>("number") { Description = "Number (or id) of an issued document." };
        var company = CliOptions.Company();
        var format = CliOptions.Choice("--format", "Output format (default pdf)", Formats);
        var output = new Option<FileInfo>("--out") { Description = "The file to write (replaced if it exists).", Required = true };
        var language = CliOptions.Text("--language", "Layout language, fr or en (default: fr for a French seller, else en).");
        var layout = CliOptions.Text("--layout", "payment-reminder to print a reminder of an unpaid invoice (default: the document's own layout).");
        var command = new Command("render", "Render an issued document as HTML or PDF (A4, page numbers, SEPA QR code on EUR invoices).")
        {
            reference, company, format, output, language, layout,
        };
        CliAction.Bind<DocumentRenderService>(command, async (parse, renderer, cancellationToken) =>
        {
            var target = parse.GetValue(output)!;
            if (target.Directory is { Exists: false } folder)
                return ProblemPrinter.BadArgument($"Option '--out': folder '{folder.FullName}' does not exist.");
            var outcome = await renderer.RenderAsync(
                new RenderInput(parse.GetValue(company)!, parse.GetValue(reference)!, parse.GetValue(format) ?? RenderFormat.Pdf)
                {
                    Language = parse.GetValue(language),
                    Layout = parse.GetValue(layout),
                },
                cancellationToken);
            if (!outcome.Succeeded)
                return ProblemPrinter.Refused(outcome.Problems, json: false);
            var rendered = outcome.Value!;
            // Written beside the target and moved over it: a failed write never leaves half a file.
            var temporary = target.FullName + ".tmp";
            await File.WriteAllBytesAsync(temporary, rendered.Content, cancellationToken);
            File.Move(temporary, target.FullName, overwrite: true);
            foreach (var blocked in rendered.BlockedUrls)
                await Console.Error.WriteLineAsync($"Blocked request from the template: {blocked}");
            await Console.Out.WriteLineAsync($"Rendered {parse.GetValue(reference)} with layout {rendered.Layout} to {target.FullName} ({rendered.Content.Length} bytes).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
