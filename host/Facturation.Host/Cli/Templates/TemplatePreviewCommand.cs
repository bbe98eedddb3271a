using System.CommandLine;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Rendering;

namespace Facturation.Host.Cli.Templates;

/// <summary><c>template preview</c>: a layout rendered with a real or sample document, nothing saved.</summary>
internal static class TemplatePreviewCommand
{
    private static readonly Dictionary<string, RenderFormat> Formats = new(StringComparer.Ordinal)
    {
        ["html"] = RenderFormat.Html,
        ["pdf"] = RenderFormat.Pdf,
    };

    public static Command Create(Option<string> company, Option<string?> layout, Option<string?> language)
    {
        var file = new Option<FileInfo?>("--file") { Description = "Template file to preview (default: the current version)." };
        var partials = CliOptions.Pairs("--partial", "A partial and its file, name=path (repeatable, with --file).");
        var document = CliOptions.Text("--document", "Number of an issued document to fill the layout with (default: a sample document).");
        var format = CliOptions.Choice("--format", "Output format (default html)", Formats);
        var output = CliOptions.OutputFile();
        var json = CliOptions.Json();
        var command = new Command("preview", "Render a layout with a real or sample document, without saving anything.")
        {
            company, layout, language, file, partials, document, format, output, json,
        };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var (target, targetError) = OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false);
            if (targetError is not null)
                return ProblemPrinter.BadArgument(targetError);
            string? text = null;
            if (parse.GetValue(file) is { } source)
            {
                var read = await TemplateFiles.ReadAsync(source, "--file", cancellationToken);
                if (read.Error is { } error)
                    return ProblemPrinter.BadArgument(error);
                text = read.Text;
            }
            var given = parse.GetValue(partials)!;
            if (text is null && given.Count > 0)
                return ProblemPrinter.BadArgument("Option '--partial' needs '--file'.");
            var partialTexts = await TemplateFiles.ReadPartialsAsync(given, cancellationToken);
            if (partialTexts.Error is { } partialError)
                return ProblemPrinter.BadArgument(partialError);
            var outcome = await service.PreviewAsync(parse.GetValue(company)!,
                new TemplatePreviewInput(parse.GetValue(layout)!, parse.GetValue(language)!)
                {
                    Text = text,
                    Partials = partialTexts.Partials!,
                    DocumentNumber = parse.GetValue(document),
                    Format = parse.GetValue(format) ?? RenderFormat.Html,
                },
                cancellationToken);
            return await RenderedFile.WriteAsync(outcome, target!, parse.GetValue(document), asJson,
                rendered => $"Preview of {rendered.Layout} written to {target!.Path} ({rendered.Content.Length} bytes).", cancellationToken);
        });
        ArgumentCheckedAction.Guard(command, parse => OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false).Error);
        return command;
    }
}
