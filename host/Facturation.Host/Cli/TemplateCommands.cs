using System.CommandLine;
using System.Globalization;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli;

/// <summary>
/// <c>facturation template list|show|set|history|rollback|preview</c>: the layouts a company edits. Every save is a new
/// version (compiled first: errors name their line and column); issued documents keep rendering with the versions
/// they were issued with. Exit codes: 0 done, 1 refused (each problem printed), 2 bad arguments.
/// </summary>
internal static class TemplateCommands
{
    private static readonly Dictionary<string, RenderFormat> Formats = new(StringComparer.Ordinal)
    {
        ["html"] = RenderFormat.Html,
        ["pdf"] = RenderFormat.Pdf,
    };

    public static Command Create()
    {
        var template = new Command("template", "Edit a company's layouts: versions, history, rollback and preview.");
        template.Subcommands.Add(List());
        template.Subcommands.Add(Show());
        template.Subcommands.Add(Set());
        template.Subcommands.Add(History());
        template.Subcommands.Add(Rollback());
        template.Subcommands.Add(Preview());
        return template;
    }

    private static Command List()
    {
        var company = CliOptions.Company();
        var json = CliOptions.Json();
        var command = new Command("list", "Layouts and languages with the version a document issued now uses (0 = the plugin's default).") { company, json };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var outcome = await service.ListAsync(parse.GetValue(company)!, cancellationToken);
            return ProblemPrinter.Report(outcome, parse.GetValue(json), rows =>
            {
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(rows);
                    return;
                }
                var table = new TextTable("LAYOUT", "LANGUAGE", "VERSION", "AUTHOR", "SAVED").AlignRight(2);
                foreach (var row in rows)
                    table.Add(row.Layout, row.Language, row.Version == 0 ? "default" : Invariant(row.Version), row.Author, Date(row.CreatedAt));
                Console.Out.Write(table.Render());
            });
        });
        return command;
    }

    private static Command Show()
    {
        var (company, layout, language) = Key();
        var version = CliOptions.Integer("--version", "Version to show (default: the current one; 0 = the plugin's default layout).");
        var partial = CliOptions.Text("--partial", "Print this partial instead of the main template.");
        var command = new Command("show", "Print a layout's template text.") { company, layout, language, version, partial };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var outcome = await service.GetAsync(parse.GetValue(company)!, parse.GetValue(layout)!, parse.GetValue(language)!, parse.GetValue(version), cancellationToken);
            if (!outcome.Succeeded)
                return ProblemPrinter.Refused(outcome.Problems, json: false);
            var found = outcome.Value!;
            if (parse.GetValue(partial) is not { } name)
            {
                Console.Out.Write(found.Text);
                return ExitCodes.Ok;
            }
            if (!found.Partials.TryGetValue(name, out var text))
                return ProblemPrinter.BadArgument($"Option '--partial': version {found.Version} has no partial '{name}' (it has: {string.Join(", ", found.Partials.Keys.Order(StringComparer.Ordinal))}).");
            Console.Out.Write(text);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Set()
    {
        var (company, layout, language) = Key();
        var file = new Option<FileInfo>("--file") { Description = "The template file.", Required = true };
        var partials = CliOptions.Pairs("--partial", "A partial and its file, name=path (repeatable). Partials not given keep their current text.");
        var comment = CliOptions.Text("--comment", "Why (kept in the history).");
        var author = CliOptions.Text("--author", "Who (default: the user name of the session).");
        var engine = CliOptions.Text("--engine", $"Template engine (default {TemplateService.DefaultEngineId}).");
        var command = new Command("set", "Save a new version of a layout after compiling it (errors name their line and column).")
        {
            company, layout, language, file, partials, comment, author, engine,
        };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var text = await ReadAsync(parse.GetValue(file)!, "--file", cancellationToken);
            var partialTexts = await ReadPartialsAsync(parse.GetValue(partials)!, cancellationToken);
            if (text.Error is { } textError)
                return ProblemPrinter.BadArgument(textError);
            if (partialTexts.Error is { } partialError)
                return ProblemPrinter.BadArgument(partialError);
            var edit = new TemplateEdit(parse.GetValue(layout)!, parse.GetValue(language)!, text.Text!, parse.GetValue(author) ?? CurrentUser())
            {
                Partials = partialTexts.Partials!,
                Comment = parse.GetValue(comment),
                EngineId = parse.GetValue(engine) ?? TemplateService.DefaultEngineId,
            };
            var outcome = await service.SaveAsync(parse.GetValue(company)!, edit, cancellationToken);
            return ProblemPrinter.Report(outcome, json: false, saved =>
                Console.Out.WriteLine($"Saved {saved.Layout}.{saved.Language} version {Invariant(saved.Version)} (revision {Invariant(saved.Revision)}) by {saved.Author}."));
        });
        return command;
    }

    private static Command History()
    {
        var (company, layout, language) = Key();
        var json = CliOptions.Json();
        var command = new Command("history", "Saved versions of a layout: who, when, why.") { company, layout, language, json };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var outcome = await service.HistoryAsync(parse.GetValue(company)!, parse.GetValue(layout)!, parse.GetValue(language)!, cancellationToken);
            return ProblemPrinter.Report(outcome, parse.GetValue(json), entries =>
            {
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(entries);
                    return;
                }
                if (entries.Count == 0)
                {
                    Console.Out.WriteLine("No saved version: the plugin's default layout is used.");
                    return;
                }
                var table = new TextTable("VERSION", "REVISION", "SAVED", "AUTHOR", "COMMENT").AlignRight(0, 1);
                foreach (var entry in entries)
                    table.Add(Invariant(entry.Version), Invariant(entry.Revision), Date(entry.CreatedAt), entry.Author, entry.Comment);
                Console.Out.Write(table.Render());
            });
        });
        return command;
    }

    private static Command Rollback()
    {
        var (company, layout, language) = Key();
        var version = CliOptions.Integer("--version", "Version to restore (0 = the plugin's default layout).");
        version.Required = true;
        var author = CliOptions.Text("--author", "Who (default: the user name of the session).");
        var command = new Command("rollback", "Make an earlier version current again (saved as a new version).") { company, layout, language, version, author };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var outcome = await service.RollbackAsync(parse.GetValue(company)!, parse.GetValue(layout)!, parse.GetValue(language)!,
                parse.GetValue(version)!.Value, parse.GetValue(author) ?? CurrentUser(), cancellationToken);
            return ProblemPrinter.Report(outcome, json: false, saved =>
                Console.Out.WriteLine($"Saved {saved.Layout}.{saved.Language} version {Invariant(saved.Version)}: {saved.Comment}."));
        });
        return command;
    }

    private static Command Preview()
    {
        var (company, layout, language) = Key();
        var file = new Option<FileInfo?>("--file") { Description = "Template file to preview (default: the current version)." };
        var partials = CliOptions.Pairs("--partial", "A partial and its file, name=path (repeatable, with --file).");
        var document = CliOptions.Text("--document", "Number of an issued document to fill the layout with (default: a sample document).");
        var format = CliOptions.Choice("--format", "Output format (default html)", Formats);
        var output = new Option<FileInfo>("--out") { Description = "The file to write (replaced if it exists).", Required = true };
        var command = new Command("preview", "Render a layout with a real or sample document, without saving anything.")
        {
            company, layout, language, file, partials, document, format, output,
        };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var target = parse.GetValue(output)!;
            if (target.Directory is { Exists: false } folder)
                return ProblemPrinter.BadArgument($"Option '--out': folder '{folder.FullName}' does not exist.");
            string? text = null;
            if (parse.GetValue(file) is { } source)
            {
                var read = await ReadAsync(source, "--file", cancellationToken);
                if (read.Error is { } error)
                    return ProblemPrinter.BadArgument(error);
                text = read.Text;
            }
            var given = parse.GetValue(partials)!;
            if (text is null && given.Count > 0)
                return ProblemPrinter.BadArgument("Option '--partial' needs '--file'.");
            var partialTexts = await ReadPartialsAsync(given, cancellationToken);
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
            if (!outcome.Succeeded)
                return ProblemPrinter.Refused(outcome.Problems, json: false);
            var rendered = outcome.Value!;
            var temporary = target.FullName + ".tmp";
            await File.WriteAllBytesAsync(temporary, rendered.Content, cancellationToken);
            File.Move(temporary, target.FullName, overwrite: true);
            foreach (var blocked in rendered.BlockedUrls)
                await Console.Error.WriteLineAsync($"Blocked request from the template: {blocked}");
            await Console.Out.WriteLineAsync($"Preview of {rendered.Layout} written to {target.FullName} ({rendered.Content.Length} bytes).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (Option<string> Company, Option<string?> Layout, Option<string?> Language) Key() =>
        (CliOptions.Company(),
         CliOptions.Text("--layout", $"Layout: {string.Join(", ", TemplateService.Layouts)}.", required: true),
         CliOptions.Text("--language", "Language: fr or en.", required: true));

    private static async Task<(string? Text, string? Error)> ReadAsync(FileInfo file, string option, CancellationToken cancellationToken)
    {
        if (!file.Exists)
            return (null, $"Option '{option}': file '{file.FullName}' does not exist.");
        if (file.Length > TemplateService.MaxTextBytes)
            return (null, $"Option '{option}': file '{file.FullName}' is larger than {TemplateService.MaxTextBytes / 1024} KB.");
        return (await File.ReadAllTextAsync(file.FullName, cancellationToken), null);
    }

    private static async Task<(Dictionary<string, string>? Partials, string? Error)> ReadPartialsAsync(
        IReadOnlyList<KeyValuePair<string, string>> given, CancellationToken cancellationToken)
    {
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in given)
        {
            var read = await ReadAsync(new FileInfo(path), $"--partial {name}", cancellationToken);
            if (read.Error is { } error)
                return (null, error);
            partials[name] = read.Text!;
        }
        return (partials, null);
    }

    private static string CurrentUser() =>
        Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
