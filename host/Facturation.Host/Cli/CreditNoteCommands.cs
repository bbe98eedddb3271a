using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Host.Cli.Common;
using Facturation.Host.Cli.Documents;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli;

/// <summary><c>facturation credit-note create|add-line|add-allowance|issue|show|list|delete</c>.</summary>
internal static class CreditNoteCommands
{
    public static Command Create()
    {
        var creditNote = new Command("credit-note", "Credit notes (avoirs) correcting an issued invoice; a full one cancels it.");
        creditNote.Subcommands.Add(CreateCommand());
        creditNote.Subcommands.Add(DraftCommands.AddLine());
        creditNote.Subcommands.Add(DraftCommands.AddAllowance());
        creditNote.Subcommands.Add(IssueCommand.Create("issue", "Issue a draft credit note: number it, record the credit on the invoice, print the number."));
        creditNote.Subcommands.Add(ShowCommand.Create());
        creditNote.Subcommands.Add(ListCommand.Create(DocumentType.CreditNote));
        creditNote.Subcommands.Add(DraftCommands.Delete());
        return creditNote;
    }

    private static Command CreateCommand()
    {
        var company = CliOptions.Company();
        var invoice = CliOptions.Text("--invoice", "Number of the issued invoice to correct.", required: true);
        var full = new Option<bool>("--full") { Description = "Copy every line of the invoice (issuing cancels it); otherwise start empty and add lines." };
        var json = CliOptions.Json();
        var command = new Command("create", "Start a draft credit note on an issued invoice and print its id.") { company, invoice, full, json };
        CliAction.Bind<CreditNoteService>(command, async (parse, credits, cancellationToken) =>
            DraftCommands.Print(await credits.CreateAsync(parse.GetValue(company)!, parse.GetValue(invoice)!, parse.GetValue(full), cancellationToken),
                parse.GetValue(json), draft => draft.Id.ToString()));
        return command;
    }
}
