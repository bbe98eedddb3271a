using Facturation.Application.Customers;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// Checks the file's customers with the customer rules, plans each (create, skip or conflict) and flags the new ones
/// that duplicate another customer of the company by SIREN, VAT number or e-mail.
/// </summary>
internal static class CustomerPlanner
{
    public static void Plan(IReadOnlyList<CustomerRecord> records, ExistingData existing, ImportScope scope, ImportPlan plan, ImportErrorList errors, DateTimeOffset now)
    {
        var sourceIds = new FileKeys("sourceId", "sourceId");
        var codes = new FileKeys("code", "Customer code");
        var duplicates = new CustomerDuplicates(existing.Customers);
        foreach (var record in records)
        {
            var at = record.At;
            errors.AddRange(at, CustomerRules.Check(record.Input).Problems);
            var company = Companies.Resolve(record.CompanyCode, at, scope, errors);
            var uniqueSource = sourceIds.Claim(record.CompanyCode, at.SourceId, at, errors);
            codes.Claim(record.CompanyCode, record.Input.Code, at, errors);
            if (company is null)
                continue;
            var built = EntityFactory.Customer(company.Id, record.Input, record.Archived ? now : null);
            var stored = uniqueSource ? existing.Customer(company.Id, at.SourceId) : null;
            if (stored is not null)
            {
                if (RecordComparison.Same(w => CustomerWriter.Write(w, built, company.Code), w => CustomerWriter.Write(w, stored, company.Code), at, errors))
                    plan.Skip(RecordKinds.Customers);
                continue;
            }
            if (scope.Customer(company.Id, built.Code) is { } taken && existing.IsStored(taken))
            {
                errors.Add(at, "code", "code.taken",
                    $"Customer code '{built.Code}' already exists in company '{company.Code}' with sourceId '{SourceKey.Of(taken.SourceId, taken.Id)}'.");
                continue;
            }
            duplicates.Check(built, at, errors);
            plan.Customers.Add(built);
            scope.Add(built);
        }
    }
}
