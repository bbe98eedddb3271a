using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;

namespace Facturation.Application.Interchange.Planning;

/// <summary>Checks the file's draft documents and plans each: create, skip or conflict.</summary>
internal static class DocumentPlanner
{
    public static void Plan(
        IReadOnlyList<DocumentRecord> records, ExistingData existing, ImportScope scope, CompanyRegimes regimes, ImportPlan plan, ImportErrorList errors, DateTimeOffset now)
    {
        var sourceIds = new FileKeys("sourceId", "sourceId");
        var customerCodes = existing.Customers.ToDictionary(c => c.Id, c => c.Code);
        foreach (var record in records)
        {
            var at = record.At;
            var company = Companies.Resolve(record.CompanyCode, at, scope, errors);
            var uniqueSource = sourceIds.Claim(record.CompanyCode, at.SourceId, at, errors);
            if (company is null)
                continue;
            var customer = scope.Customer(company.Id, record.Header.CustomerCode);
            var built = DraftBuilder.Build(record, company, customer, scope, regimes.For(company), errors);
            var stored = uniqueSource ? existing.Document(company.Id, at.SourceId) : null;
            if (stored is not null)
            {
                // Issuing fills the due date from the payment terms: a record that left it empty still matches.
                if (stored.Status != DocumentStatus.Draft && built.DueDate is null)
                    built.DueDate = stored.DueDate;
                var storedCustomer = customerCodes.GetValueOrDefault(stored.CustomerId, "");
                if (RecordComparison.Same(
                    w => DocumentWriter.Write(w, built, company.Code, record.Header.CustomerCode),
                    w => DocumentWriter.Write(w, stored, company.Code, storedCustomer), at, errors))
                {
                    plan.Skip(RecordKinds.Documents);
                }
                continue;
            }
            if (customer is null)
                continue;
            // The file's order is the drafts' order: each is stamped one tick after the previous one.
            built.CreatedAt = now.AddTicks(plan.Documents.Count);
            plan.Documents.Add(new PlannedDraft(record, built, company, customer));
        }
    }
}
