using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Documents;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli;

/// <summary><c>facturation quote create|add-line|add-allowance|send|accept|refuse|expire|deposit|convert|show|list|delete</c>.</summary>
internal static class QuoteCommands
{
    public static Command Create()
    {
        var quote = new Command("quote",
            "Quotes: draft, send (numbers it), record the answer, invoice deposits on an accepted quote, convert it into its final invoice draft.");
        quote.Subcommands.Add(DraftCommands.Create("Start a draft quote and print its id.", DocumentType.Quote, types: null));
        quote.Subcommands.Add(DraftCommands.AddLine());
        quote.Subcommands.Add(DraftCommands.AddAllowance());
        quote.Subcommands.Add(IssueCommand.Create("send", "Send a draft quote: number it, freeze its snapshot, print the number."));
        quote.Subcommands.Add(Decide("accept", "Record that the customer accepted a sent quote.", DocumentAction.Accept));
        quote.Subcommands.Add(Decide("refuse", "Record that the customer refused a sent quote.", DocumentAction.Refuse));
        quote.Subcommands.Add(Decide("expire", "Mark a sent quote past its validity.", DocumentAction.Expire));
        quote.Subcommands.Add(DepositCommand.Create());
        quote.Subcommands.Add(ConvertCommand());
        quote.Subcommands.Add(ShowCommand.Create());
        quote.Subcommands.Add(ListCommand.Create(DocumentType.Quote));
        quote.Subcommands.Add(DraftCommands.Delete());
        return quote;
    }

    private static Command Decide(string name, string description, DocumentAction action)
    {
        var company = CliOptions.Company();
        var number = new Argument<string>("number") { Description = "Quote number." };
        var json = CliOptions.Json();
        var command = new Command(name, description) { company, number, json };
        CliAction.Bind<QuoteService>(command, async (parse, quotes, cancellationToken) =>
            DraftCommands.Print(await quotes.DecideAsync(parse.GetValue(company)!, parse.GetValue(number)!, action, cancellationToken), parse.GetValue(json),
                quote => $"Quote {quote.Number} {Tokens.Of(quote.Status)}."));
        return command;
    }

    private static Command ConvertCommand()
    {
        var company = CliOptions.Company();
        var number = new Argument<string>("number") { Description = "Number of an accepted quote." };
        var json = CliOptions.Json();
        var command = new Command("convert",
            "Turn an accepted quote into its final invoice draft (same lines; the link is kept) and print the draft's id; issuing it deducts the quote's deposit invoices.")
        {
            company, number, json,
        };
        CliAction.Bind<QuoteService>(command, async (parse, quotes, cancellationToken) =>
            DraftCommands.Print(await quotes.ConvertAsync(parse.GetValue(company)!, parse.GetValue(number)!, cancellationToken), parse.GetValue(json),
                invoice => invoice.Id.ToString()));
        return command;
    }
}
