using System.CommandLine;
using System.Globalization;
using Facturation.Application.Templates;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Templates;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli;

/// <summary>
/// <c>facturation template list|show|set|history|rollback|preview</c>: the layouts a company edits. Every save is a new
/// version (compiled first: errors name their line and column); issued documents keep rendering with the versions
/// they were issued with. Exit codes: 0 done, 1 refused (each problem printed), 2 bad arguments.
/// </summary>
internal static class TemplateCommands
{
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
        var json = CliOptions.Json();
        var command = new Command("show", "Print a layout's template text.") { company, layout, language, version, partial, json };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var outcome = await service.GetAsync(parse.GetValue(company)!, parse.GetValue(layout)!, parse.GetValue(language)!, parse.GetValue(version), cancellationToken);
            if (!outcome.Succeeded)
                return ProblemPrinter.Refused(outcome.Problems, asJson);
            var found = outcome.Value!;
            if (parse.GetValue(partial) is not { } name)
            {
                if (asJson)
                    JsonOutput.Write(found);
                else
                    Console.Out.Write(found.Text);
                return ExitCodes.Ok;
            }
            if (!found.Partials.TryGetValue(name, out var text))
                return ProblemPrinter.BadArgument($"Option '--partial': version {found.Version} has no partial '{name}' (it has: {string.Join(", ", found.Partials.Keys.Order(StringComparer.Ordinal))}).");
            if (asJson)
                JsonOutput.Write(new TemplatePartialView(found.Layout, found.Language, found.Version, name, text));
            else
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
        var json = CliOptions.Json();
        var command = new Command("set", "Save a new version of a layout after compiling it (errors name their line and column).")
        {
            company, layout, language, file, partials, comment, author, engine, json,
        };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var text = await TemplateFiles.ReadAsync(parse.GetValue(file)!, "--file", cancellationToken);
            var partialTexts = await TemplateFiles.ReadPartialsAsync(parse.GetValue(partials)!, cancellationToken);
            if (text.Error is { } textError)
                return ProblemPrinter.BadArgument(textError);
            if (partialTexts.Error is { } partialError)
                return ProblemPrinter.BadArgument(partialError);
            var edit = new TemplateEdit(parse.GetValue(layout)!, parse.GetValue(language)!, text.Text!, parse.GetValue(author) ?? TemplateFiles.CurrentUser())
            {
                Partials = partialTexts.Partials!,
                Comment = parse.GetValue(comment),
                EngineId = parse.GetValue(engine) ?? TemplateService.DefaultEngineId,
            };
            var outcome = await service.SaveAsync(parse.GetValue(company)!, edit, cancellationToken);
            return Saved(outcome, parse.GetValue(json), saved =>
                $"Saved {saved.Layout}.{saved.Language} version {Invariant(saved.Version)} (revision {Invariant(saved.Revision)}) by {saved.Author}.");
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
        var json = CliOptions.Json();
        var command = new Command("rollback", "Make an earlier version current again (saved as a new version).") { company, layout, language, version, author, json };
        CliAction.Bind<TemplateService>(command, async (parse, service, cancellationToken) =>
        {
            var outcome = await service.RollbackAsync(parse.GetValue(company)!, parse.GetValue(layout)!, parse.GetValue(language)!,
                parse.GetValue(version)!.Value, parse.GetValue(author) ?? TemplateFiles.CurrentUser(), cancellationToken);
            return Saved(outcome, parse.GetValue(json), saved => $"Saved {saved.Layout}.{saved.Language} version {Invariant(saved.Version)}: {saved.Comment}.");
        });
        return command;
    }

    private static Command Preview()
    {
        var (company, layout, language) = Key();
        return TemplatePreviewCommand.Create(company, layout, language);
    }

    private static (Option<string> Company, Option<string?> Layout, Option<string?> Language) Key() =>
        (CliOptions.Company(),
         CliOptions.Text("--layout", $"Layout: {string.Join(", ", TemplateService.Layouts)}.", required: true),
         CliOptions.Text("--language", "Language: fr or en.", required: true));

    private static int Saved(Outcome<TemplateVersion> outcome, bool json, Func<TemplateVersion, string> text) =>
        ProblemPrinter.Report(outcome, json, saved =>
        {
            if (json)
                JsonOutput.Write(TemplateVersionView.From(saved));
            else
                Console.Out.WriteLine(text(saved));
        });

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
