using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary><c>quote deposit &lt;number&gt; --percentage p | --amount a</c>: a deposit invoice draft on an accepted quote.</summary>
internal static class DepositCommand
{
    public static Command Create()
    {
        var company = CliOptions.Company();
        var number = new Argument<string>("number") { Description = "Number of an accepted quote." };
        var percentage = CliOptions.Decimal("--percentage", "Percentage of the quote (e.g. 30), split over its VAT rates.");
        var amount = CliOptions.Decimal("--amount", "Amount with VAT the customer pays (2 decimals, e.g. 1260.00), split over the quote's VAT rates.");
        var json = CliOptions.Json();
        var command = new Command("deposit",
            "Start a deposit invoice draft on an accepted quote (--percentage or --amount with VAT) and print its id; issue it with 'invoice issue'.")
        {
            company, number, percentage, amount, json,
        };
        CliAction.Bind<DepositService>(command, async (parse, deposits, cancellationToken) =>
        {
            var input = new DepositInput { Percentage = parse.GetValue(percentage), Amount = parse.GetValue(amount) };
            if (input.Percentage is null == input.Amount is null)
                return ProblemPrinter.BadArgument("Give exactly one of '--percentage' and '--amount'.");
            return DraftCommands.Print(await deposits.CreateAsync(parse.GetValue(company)!, parse.GetValue(number)!, input, cancellationToken),
                parse.GetValue(json), draft => draft.Id.ToString());
        });
        return command;
    }
}
