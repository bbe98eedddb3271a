using System.Globalization;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Benchmarks.Running;
using Facturation.Domain.Parties;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The real part of the <c>fec-db</c> seed: a France-pack company (French VAT, legal numbering, mandatory mentions,
/// fiscal year closing 12-31), one customer, and invoices of 2 or 3 lines (services at 20 %, goods at 5.5 % and
/// 20 %) drafted and issued one by one through the application services, so each passes every rule and gets its
/// number, snapshot and journal entry as in production.
/// </summary>
internal static class FecDatabaseInvoices
{
    public const string CompanyCode = "fec-bench";
    public const string CustomerCode = "C001";

    /// <summary>Issues <paramref name="count"/> invoices; returns the company's id as stored (upper-case text).</summary>
    public static async Task<string> IssueAsync(FecDatabaseApp app, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var company = Checked(await app.Get<CompanyService>().CreateAsync(FrancePackParties.Company(CompanyCode, "Atelier Export SAS") with { FiscalYearEnd = "12-31" }, cancellationToken), "company");
        Checked(await app.Get<CustomerService>().CreateAsync(CompanyCode, FrancePackParties.Customer(CustomerCode), cancellationToken), "customer");

        var documents = app.Get<DocumentService>();
        var issuing = app.Get<IssueService>();
        for (var i = 0; i < count; i++)
        {
            var draft = Checked(await documents.CreateDraftAsync(CompanyCode, new DraftInput { CustomerCode = CustomerCode }, cancellationToken), "draft");
            foreach (var line in Lines(i))
                Checked(await documents.AddLineAsync(draft.Id, line, cancellationToken), "line");
            Checked(await issuing.IssueAsync(draft.Id, cancellationToken), "issue");
        }
        return company.Id.ToString().ToUpperInvariant();
    }

    private static IEnumerable<LineInput> Lines(int i)
    {
        yield return new LineInput
        {
            Description = "Conseil et paramétrage",
            Quantity = 1m + (i % 7),
            UnitPrice = 85m + (i % 50),
            UnitCode = "HUR",
            Nature = LineNature.Service,
            TaxClass = "standard",
        };
        yield return new LineInput
        {
            Description = "Ouvrages techniques",
            Quantity = 1m + (i % 4),
            UnitPrice = 19.9m + (i % 10),
            UnitCode = "C62",
            Nature = LineNature.Goods,
            TaxClass = "reduced",
        };
        if (i % 2 == 0)
        {
            yield return new LineInput
            {
                Description = string.Create(CultureInfo.InvariantCulture, $"Matériel réf. M{i % 100:000}"),
                Quantity = 2m,
                UnitPrice = 149.99m,
                UnitCode = "C62",
                Nature = LineNature.Goods,
                TaxClass = "standard",
                DiscountPercent = i % 3 == 0 ? 5m : null,
            };
        }
    }

    private static T Checked<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new BenchmarkAbortedException($"Seeding the {what} was refused: {string.Join("; ", outcome.Problems)}");
}
