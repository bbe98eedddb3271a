using System.CommandLine;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Documents;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli;

/// <summary><c>facturation invoice create|add-line|add-allowance|issue|show|list|delete</c>.</summary>
internal static class DocumentCommands
{
    public static Command Create()
    {
        var invoice = new Command("invoice", "Invoices (also deposit invoices and delivery notes): draft, add lines, issue, show, list.");
        invoice.Subcommands.Add(DraftCommands.Create("Start a draft invoice and print its id.", DocumentType.Invoice, Tokens.InvoiceTypes));
        invoice.Subcommands.Add(DraftCommands.AddLine());
        invoice.Subcommands.Add(DraftCommands.AddAllowance());
        invoice.Subcommands.Add(IssueCommand.Create("issue", "Issue a draft: number it, freeze its snapshot, print the number."));
        invoice.Subcommands.Add(ShowCommand.Create());
        invoice.Subcommands.Add(ListCommand.Create(fixedType: null));
        invoice.Subcommands.Add(DraftCommands.Delete());
        return invoice;
    }
}
