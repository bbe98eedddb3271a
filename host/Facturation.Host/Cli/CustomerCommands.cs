using System.CommandLine;
using Facturation.Application.Customers;
using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Customers;
using Facturation.Persistence;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli;

/// <summary><c>facturation customer create|list|update|archive|anonymise</c>.</summary>
internal static class CustomerCommands
{
    public static Command Create()
    {
        var customer = new Command("customer", "Manage the customers of a company.");
        customer.Subcommands.Add(CreateCommand());
        customer.Subcommands.Add(List());
        customer.Subcommands.Add(Update());
        customer.Subcommands.Add(Change("archive", "Archive a customer: hidden from new documents, kept for the issued ones.", "archived",
            (customers, company, code, cancellationToken) => customers.ArchiveAsync(company, code, cancellationToken)));
        customer.Subcommands.Add(Change("anonymise", "Erase a person's data from the customer record (issued documents keep their snapshot).", "anonymised",
            (customers, company, code, cancellationToken) => customers.AnonymiseAsync(company, code, cancellationToken)));
        return customer;
    }

    private static Command CreateCommand()
    {
        var company = CliOptions.Company();
        var code = CliOptions.Text("--code", "Customer code, unique in the company (also its auxiliary account).", required: true);
        var options = new CustomerOptions(creating: true);
        var json = CliOptions.Json();
        var command = new Command("create", "Create a customer.") { company, code };
        options.AddTo(command);
        command.Options.Add(json);
        CliAction.Bind<CustomerService>(command, async (parse, customers, cancellationToken) =>
        {
            var input = options.Apply(parse, new CustomerInput { Code = parse.GetValue(code)! });
            return Print(await customers.CreateAsync(parse.GetValue(company)!, input, cancellationToken), parse.GetValue(json), "created");
        });
        return command;
    }

    private static Command Update()
    {
        var company = CliOptions.Company();
        var code = new Argument<string>("code") { Description = "Customer code." };
        var options = new CustomerOptions(creating: false);
        var json = CliOptions.Json();
        var command = new Command("update", "Change a customer; options not given keep their value. Issued documents keep the customer as issued.") { company, code };
        options.AddTo(command);
        command.Options.Add(json);
        CliAction.Bind<CustomerService>(command, async (parse, customers, cancellationToken) =>
        {
            var all = await customers.ListAsync(parse.GetValue(company)!, includeArchived: true, cancellationToken);
            var current = all.SingleOrDefault(c => c.Code == parse.GetValue(code));
            var input = options.Apply(parse, current is null ? new CustomerInput { Code = parse.GetValue(code)! } : CustomerOptions.Current(current));
            return Print(await customers.UpdateAsync(parse.GetValue(company)!, input.Code, input, cancellationToken), parse.GetValue(json), "updated");
        });
        return command;
    }

    private static Command Change(string name, string description, string verb, Func<CustomerService, string, string, CancellationToken, Task<Outcome<Customer>>> change)
    {
        var company = CliOptions.Company();
        var code = new Argument<string>("code") { Description = "Customer code." };
        var json = CliOptions.Json();
        var command = new Command(name, description) { company, code, json };
        CliAction.Bind<CustomerService>(command, async (parse, customers, cancellationToken) =>
            Print(await change(customers, parse.GetValue(company)!, parse.GetValue(code)!, cancellationToken), parse.GetValue(json), verb));
        return command;
    }

    private static Command List()
    {
        var company = CliOptions.Company();
        var archived = new Option<bool>("--archived") { Description = "Include archived customers." };
        var json = CliOptions.Json();
        var command = new Command("list", "List a company's customers.") { company, archived, json };
        CliAction.Bind<CustomerService>(command, async (parse, customers, cancellationToken) =>
        {
            var views = (await customers.ListAsync(parse.GetValue(company)!, parse.GetValue(archived), cancellationToken)).Select(CustomerView.From).ToList();
            if (parse.GetValue(json))
                JsonOutput.Write(views);
            else
                Console.Out.Write(CustomerView.Table(views));
            return ExitCodes.Ok;
        }, DatabaseAccess.ReadOnly);
        return command;
    }

    private static int Print(Outcome<Customer> outcome, bool json, string verb) =>
        ProblemPrinter.Report(outcome, json, customer =>
        {
            if (json)
                JsonOutput.Write(CustomerView.From(customer));
            else
                Console.Out.WriteLine($"Customer {customer.Code} {verb}.");
        });
}
