using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;
using Facturation.Persistence;

namespace Facturation.Host.Cli.Documents;

/// <summary><c>list</c>: a company's documents, filtered and sorted in the database.</summary>
internal static class ListCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="fixedType">Lists only this type (quote list, credit-note list); otherwise <c>--type</c> filters.</param>
    public static Command Create(DocumentType? fixedType)
    {
        var company = CliOptions.Company();
        var type = CliOptions.Choice("--type", "Only this type", Tokens.DocumentTypes);
        var status = CliOptions.Choice("--status", "Only this status", Tokens.Statuses);
        var customer = CliOptions.Text("--customer", "Only this customer (code).");
        var from = CliOptions.Date("--from", "Issued on or after, yyyy-MM-dd.");
        var to = CliOptions.Date("--to", "Issued on or before, yyyy-MM-dd.");
        var minTotal = CliOptions.Decimal("--min-total", "Total with VAT at least.");
        var maxTotal = CliOptions.Decimal("--max-total", "Total with VAT at most.");
        var sort = CliOptions.Choice("--sort", "Order: by number, newest date first, largest total first (default number)", Tokens.Sorts);
        var limit = CliOptions.Integer("--limit", "Most rows (default 100).");
        var json = CliOptions.Json();
        var command = new Command("list", "List documents with filters.") { company, status, customer, from, to, minTotal, maxTotal, sort, limit };
        if (fixedType is null)
            command.Options.Add(type);
        command.Options.Add(json);
        CliAction.Bind<DocumentService>(command, async (parse, documents, cancellationToken) =>
        {
            var filter = new DocumentFilter
            {
                Type = fixedType ?? parse.GetValue(type),
                Status = parse.GetValue(status),
                CustomerCode = parse.GetValue(customer),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                MinTotal = parse.GetValue(minTotal),
                MaxTotal = parse.GetValue(maxTotal),
                Sort = parse.GetValue(sort) ?? DocumentSort.Number,
                Limit = parse.GetValue(limit) ?? 100,
            };
            var rows = (await documents.ListAsync(parse.GetValue(company)!, filter, cancellationToken)).Select(DocumentRow.From).ToList();
            if (parse.GetValue(json))
                JsonOutput.Write(rows);
            else
                Console.Out.Write(DocumentRow.Table(rows));
            return ExitCodes.Ok;
        }, DatabaseAccess.ReadOnly);
        return command;
    }
}
