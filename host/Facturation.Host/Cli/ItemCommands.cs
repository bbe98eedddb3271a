using System.CommandLine;
using Facturation.Application.Catalogue;
using Facturation.Domain.Catalogue;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Items;
using Facturation.Persistence;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli;

/// <summary><c>facturation item create|list|archive</c>: the catalogue.</summary>
internal static class ItemCommands
{
    public static Command Create()
    {
        var item = new Command("item", "Manage a company's catalogue items.");
        item.Subcommands.Add(CreateCommand());
        item.Subcommands.Add(List());
        item.Subcommands.Add(Archive());
        return item;
    }

    private static Command CreateCommand()
    {
        var company = CliOptions.Company();
        var code = CliOptions.Text("--code", "Item code, unique in the company.", required: true);
        var description = CliOptions.Text("--description", "Description printed on lines.", required: true);
        var price = CliOptions.Decimal("--price", "Unit price before VAT, up to 4 decimals.", required: true);
        var unit = CliOptions.Text("--unit", "UN/ECE Rec 20/21 unit code: C62 (one), HUR (hour), DAY, KGM ... (default C62).");
        var taxClass = CliOptions.Text("--tax-class", "Rate class: standard, intermediate, reduced, super-reduced, zero, exempt (default standard).");
        var nature = CliOptions.Choice("--nature", "Goods or service (default service)", Tokens.Natures);
        var labels = CliOptions.Pairs("--unit-label", "Unit label in a language, e.g. fr=heure (repeatable).");
        var json = CliOptions.Json();
        var command = new Command("create", "Create a catalogue item.") { company, code, description, price, unit, taxClass, nature, labels, json };
        CliAction.Bind<ItemService>(command, async (parse, items, cancellationToken) =>
        {
            var input = new ItemInput
            {
                Code = parse.GetValue(code)!,
                Description = parse.GetValue(description)!,
                UnitPrice = parse.GetValue(price)!.Value,
                UnitCode = parse.GetValue(unit) ?? "C62",
                TaxClass = parse.GetValue(taxClass) ?? "standard",
                Nature = parse.GetValue(nature) ?? Sdk.Documents.LineNature.Service,
                UnitLabels = (parse.GetValue(labels) ?? []).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal),
            };
            return Print(await items.CreateAsync(parse.GetValue(company)!, input, cancellationToken), parse.GetValue(json), "created");
        });
        return command;
    }

    private static Command Archive()
    {
        var company = CliOptions.Company();
        var code = new Argument<string>("code") { Description = "Item code." };
        var json = CliOptions.Json();
        var command = new Command("archive", "Archive an item: kept for issued documents, refused on new lines.") { company, code, json };
        CliAction.Bind<ItemService>(command, async (parse, items, cancellationToken) =>
            Print(await items.ArchiveAsync(parse.GetValue(company)!, parse.GetValue(code)!, cancellationToken), parse.GetValue(json), "archived"));
        return command;
    }

    private static Command List()
    {
        var company = CliOptions.Company();
        var archived = new Option<bool>("--archived") { Description = "Include archived items." };
        var json = CliOptions.Json();
        var command = new Command("list", "List a company's catalogue.") { company, archived, json };
        CliAction.Bind<ItemService>(command, async (parse, items, cancellationToken) =>
        {
            var views = (await items.ListAsync(parse.GetValue(company)!, parse.GetValue(archived), cancellationToken)).Select(ItemView.From).ToList();
            if (parse.GetValue(json))
                JsonOutput.Write(views);
            else
                Console.Out.Write(ItemView.Table(views));
            return ExitCodes.Ok;
        }, DatabaseAccess.ReadOnly);
        return command;
    }

    private static int Print(Outcome<CatalogItem> outcome, bool json, string verb) =>
        ProblemPrinter.Report(outcome, json, item =>
        {
            if (json)
                JsonOutput.Write(ItemView.From(item));
            else
                Console.Out.WriteLine($"Item {item.Code} {verb}.");
        });
}
