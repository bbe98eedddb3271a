using Facturation.Application.Catalogue;
using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;

namespace Facturation.Application.Interchange.Planning;

/// <summary>Checks the file's catalogue items with the item rules and plans each: create, skip or conflict.</summary>
internal static class ItemPlanner
{
    public static void Plan(
        IReadOnlyList<ItemRecord> records, ExistingData existing, ImportScope scope, CompanyRegimes regimes, ImportPlan plan, ImportErrorList errors, DateTimeOffset now)
    {
        var sourceIds = new FileKeys("sourceId", "sourceId");
        var codes = new FileKeys("code", "Item code");
        foreach (var record in records)
        {
            var at = record.At;
            errors.AddRange(at, ItemRules.Check(record.Input).Problems);
            var company = Companies.Resolve(record.CompanyCode, at, scope, errors);
            var uniqueSource = sourceIds.Claim(record.CompanyCode, at.SourceId, at, errors);
            codes.Claim(record.CompanyCode, record.Input.Code, at, errors);
            if (company is null)
                continue;
            errors.AddRange(at, new Validator().KnownTaxClass(regimes.For(company), record.Input.TaxClass, "TaxClass").Problems);
            var built = EntityFactory.Item(company.Id, record.Input, record.Archived ? now : null);
            var stored = uniqueSource ? existing.Item(company.Id, at.SourceId) : null;
            if (stored is not null)
            {
                if (RecordComparison.Same(w => ItemWriter.Write(w, built, company.Code), w => ItemWriter.Write(w, stored, company.Code), at, errors))
                    plan.Skip(RecordKinds.Items);
                continue;
            }
            if (scope.Item(company.Id, built.Code) is { } taken && existing.IsStored(taken))
            {
                errors.Add(at, "code", "code.taken",
                    $"Item code '{built.Code}' already exists in company '{company.Code}' with sourceId '{SourceKey.Of(taken.SourceId, taken.Id)}'.");
                continue;
            }
            plan.Items.Add(built);
            scope.Add(built);
        }
    }
}
