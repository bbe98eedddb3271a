using System.CommandLine;
using Facturation.Application.Companies;
using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Companies;
using Facturation.Persistence;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli;

/// <summary><c>facturation company create|show|list|update</c>.</summary>
internal static class CompanyCommands
{
    public static Command Create()
    {
        var company = new Command("company", "Manage the companies (sellers) of this installation.");
        company.Subcommands.Add(CreateCommand());
        company.Subcommands.Add(Show());
        company.Subcommands.Add(List());
        company.Subcommands.Add(Update());
        company.Subcommands.Add(BrandingCommands.Create());
        return company;
    }

    private static Command CreateCommand()
    {
        var code = CliOptions.Text("--code", "Short unique code used on the command line (letters, digits, '-', '_').", required: true);
        var options = new CompanyOptions(creating: true);
        var json = CliOptions.Json();
        var command = new Command("create", "Create a company.") { code };
        options.AddTo(command);
        command.Options.Add(json);
        CliAction.Bind<CompanyService>(command, async (parse, companies, cancellationToken) =>
        {
            var input = options.Apply(parse, new CompanyInput { Code = parse.GetValue(code)! });
            return Print(await companies.CreateAsync(input, cancellationToken), parse.GetValue(json), "created");
        });
        return command;
    }

    private static Command Update()
    {
        var code = new Argument<string>("code") { Description = "Company code." };
        var options = new CompanyOptions(creating: false);
        var json = CliOptions.Json();
        var command = new Command("update", "Change a company; options not given keep their value, an empty text clears an optional field. Issued documents keep the identity they were issued with.") { code };
        options.AddTo(command);
        command.Options.Add(json);
        CliAction.Bind<CompanyService>(command, async (parse, companies, cancellationToken) =>
        {
            var current = await companies.GetAsync(parse.GetValue(code)!, cancellationToken);
            if (!current.Succeeded)
                return ProblemPrinter.Refused(current.Problems, parse.GetValue(json));
            var input = options.Apply(parse, CompanyOptions.Current(current.Value!));
            return Print(await companies.UpdateAsync(input.Code, input, cancellationToken), parse.GetValue(json), "updated");
        });
        return command;
    }

    private static Command Show()
    {
        var code = new Argument<string>("code") { Description = "Company code." };
        var json = CliOptions.Json();
        var command = new Command("show", "Show a company.") { code, json };
        CliAction.Bind<CompanyService>(command, async (parse, companies, cancellationToken) =>
            ProblemPrinter.Report(await companies.GetAsync(parse.GetValue(code)!, cancellationToken), parse.GetValue(json), company =>
            {
                var view = CompanyView.From(company);
                if (parse.GetValue(json))
                    JsonOutput.Write(view);
                else
                    Console.Out.Write(view.Text());
            }), DatabaseAccess.ReadOnly);
        return command;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var command = new Command("list", "List the companies.") { json };
        CliAction.Bind<CompanyService>(command, async (parse, companies, cancellationToken) =>
        {
            var views = (await companies.ListAsync(cancellationToken)).Select(CompanyView.From).ToList();
            if (parse.GetValue(json))
                JsonOutput.Write(views);
            else
                Console.Out.Write(CompanyView.Table(views));
            return ExitCodes.Ok;
        }, DatabaseAccess.ReadOnly);
        return command;
    }

    private static int Print(Outcome<Company> outcome, bool json, string verb) =>
        ProblemPrinter.Report(outcome, json, company =>
        {
            if (json)
                JsonOutput.Write(CompanyView.From(company));
            else
                Console.Out.WriteLine($"Company {company.Code} {verb}.");
        });
}
