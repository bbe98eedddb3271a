using System.CommandLine;
using Facturation.Application.Rendering;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Rendering;

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
        var output = CliOptions.OutputFile();
        var language = CliOptions.Text("--language", "Layout language, fr or en (default: fr for a French seller, else en).");
        var layout = CliOptions.Text("--layout", "payment-reminder to print a reminder of an unpaid invoice (default: the document's own layout).");
        var json = CliOptions.Json();
        var command = new Command("render", "Render an issued document as HTML or PDF (A4, page numbers, SEPA QR code on EUR invoices).")
        {
            reference, company, format, output, language, layout, json,
        };
        CliAction.Bind<DocumentRenderService>(command, async (parse, renderer, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var (target, error) = OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false);
            if (error is not null)
                return ProblemPrinter.BadArgument(error);
            var outcome = await renderer.RenderAsync(
                new RenderInput(parse.GetValue(company)!, parse.GetValue(reference)!, parse.GetValue(format) ?? RenderFormat.Pdf)
                {
                    Language = parse.GetValue(language),
                    Layout = parse.GetValue(layout),
                },
                cancellationToken);
            return await RenderedFile.WriteAsync(outcome, target!, parse.GetValue(reference), asJson,
                rendered => $"Rendered {parse.GetValue(reference)} with layout {rendered.Layout} to {target!.Path} ({rendered.Content.Length} bytes).", cancellationToken);
        });
        ArgumentCheckedAction.Guard(command, parse => OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false).Error);
        return command;
    }
}
