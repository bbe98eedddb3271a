using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Domain.Documents;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli.Documents;

/// <summary>Draft commands shared by invoices, quotes and credit notes: create, add-line, add-allowance, delete.</summary>
internal static class DraftCommands
{
    /// <summary><c>create</c>: starts a draft and prints its id.</summary>
    /// <param name="description">Help text.</param>
    /// <param name="defaultType">Type of the draft (default when <paramref name="types"/> is given).</param>
    /// <param name="types">Types offered by <c>--type</c>, or none.</param>
    public static Command Create(string description, DocumentType defaultType, IReadOnlyDictionary<string, DocumentType>? types)
    {
        var company = CliOptions.Company();
        var options = new DraftOptions(defaultType, types);
        var json = CliOptions.Json();
        var command = new Command("create", description) { company };
        options.AddTo(command);
        command.Options.Add(json);
        CliAction.Bind<DocumentService>(command, async (parse, documents, cancellationToken) =>
            Print(await documents.CreateDraftAsync(parse.GetValue(company)!, options.Input(parse), cancellationToken), parse.GetValue(json),
                draft => draft.Id.ToString()));
        return command;
    }

    /// <summary><c>add-line &lt;id&gt;</c>.</summary>
    public static Command AddLine()
    {
        var id = CliOptions.DocumentId();
        var options = new LineOptions();
        var json = CliOptions.Json();
        var command = new Command("add-line", "Add a line to a draft, from a catalogue item or typed in full.") { id };
        options.AddTo(command);
        command.Options.Add(json);
        CliAction.Bind<DocumentService>(command, async (parse, documents, cancellationToken) =>
        {
            if (options.Conflict(parse) is { } conflict)
                return ProblemPrinter.BadArgument(conflict);
            return Print(await documents.AddLineAsync(parse.GetValue(id), options.Input(parse), cancellationToken), parse.GetValue(json),
                draft => $"Line {Invariant.Text(draft.Lines.Count)} added to {draft.Id}.");
        });
        return command;
    }

    /// <summary><c>add-allowance &lt;id&gt;</c>: a document-level allowance or, with <c>--charge</c>, a charge.</summary>
    public static Command AddAllowance()
    {
        var id = CliOptions.DocumentId();
        var amount = CliOptions.Decimal("--amount", "Amount before VAT (2 decimals), in the rate class of --tax-class.");
        var taxClass = CliOptions.Text("--tax-class", "Rate class of --amount (default standard).");
        var percent = CliOptions.Decimal("--percent", "Percentage of the lines' net amounts: one allowance per rate class of the lines.");
        var reason = CliOptions.Text("--reason", "Reason printed on the document.", required: true);
        var charge = new Option<bool>("--charge") { Description = "A charge (added) instead of an allowance (deducted)." };
        var json = CliOptions.Json();
        var command = new Command("add-allowance", "Add a document-level allowance or charge to a draft (--amount with --tax-class, or --percent).")
        {
            id, amount, taxClass, percent, reason, charge, json,
        };
        CliAction.Bind<DocumentService>(command, async (parse, documents, cancellationToken) =>
        {
            var input = new AllowanceChargeInput
            {
                IsCharge = parse.GetValue(charge),
                Amount = parse.GetValue(amount),
                TaxClass = parse.GetValue(taxClass),
                Percentage = parse.GetValue(percent),
                Reason = parse.GetValue(reason)!,
            };
            var kind = input.IsCharge ? "Charge" : "Allowance";
            return Print(await documents.AddAllowanceChargeAsync(parse.GetValue(id), input, cancellationToken), parse.GetValue(json),
                draft => $"{kind} added to {draft.Id} ({Invariant.Text(draft.AllowancesCharges.Count)} allowance(s) and charge(s) in all).");
        });
        return command;
    }

    /// <summary><c>delete &lt;id&gt;</c>: drafts only, with an audit trace.</summary>
    public static Command Delete()
    {
        var id = CliOptions.DocumentId();
        var json = CliOptions.Json();
        var command = new Command("delete", "Delete a draft (numbered documents are never deleted; an audit trace is kept).") { id, json };
        CliAction.Bind<DocumentService>(command, async (parse, documents, cancellationToken) =>
            Print(await documents.DeleteDraftAsync(parse.GetValue(id), "cli", cancellationToken), parse.GetValue(json),
                draft => $"Draft {draft.Id} deleted."));
        return command;
    }

    /// <summary>Prints a changed document: <paramref name="text"/>, or its <see cref="DocumentRef"/> as JSON.</summary>
    public static int Print(Outcome<Document> outcome, bool json, Func<Document, string> text) =>
        ProblemPrinter.Report(outcome, json, document =>
        {
            if (json)
                JsonOutput.Write(DocumentRef.From(document));
            else
                Console.Out.WriteLine(text(document));
        });
}
