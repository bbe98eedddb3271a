using System.CommandLine;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Host.Cli.Common;
using Microsoft.Extensions.DependencyInjection;
using Facturation.Persistence;

namespace Facturation.Host.Cli.Documents;

/// <summary><c>show &lt;id-or-number&gt;</c>: an issued document from its snapshot, a draft as entered.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var company = CliOptions.Company();
        var reference = new Argument<string>("id-or-number") { Description = "Draft id or document number." };
        var json = CliOptions.Json();
        var command = new Command("show", "Show a document: header, lines, VAT breakdown, totals and mentions (issued ones from their frozen snapshot).")
        {
            company, reference, json,
        };
        CliAction.Bind(command, async (parse, services, cancellationToken) =>
        {
            var companyCode = parse.GetValue(company)!;
            var found = await services.GetRequiredService<DocumentService>().FindAsync(companyCode, parse.GetValue(reference)!, cancellationToken);
            if (!found.Succeeded)
                return ProblemPrinter.Refused(found.Problems, parse.GetValue(json));
            var document = found.Value!;
            // Only the customer's code is read from the current record once issued: name and address come from the snapshot.
            var customers = await services.GetRequiredService<CustomerService>().ListAsync(companyCode, includeArchived: true, cancellationToken);
            var customer = customers.SingleOrDefault(c => c.Id == document.CustomerId);
            DocumentView view;
            if (document.SnapshotJson is { } snapshot)
            {
                view = DocumentView.Issued(document, SnapshotJson.Deserialize(snapshot), customer?.Code, companyCode);
            }
            else
            {
                var seller = await services.GetRequiredService<CompanyService>().GetAsync(companyCode, cancellationToken);
                view = DocumentView.Draft(document, seller.Value, customer);
            }
            if (parse.GetValue(json))
                JsonOutput.Write(view);
            else
                Console.Out.Write(DocumentText.Render(view));
            return ExitCodes.Ok;
        }, DatabaseAccess.ReadOnly);
        return command;
    }
}
