using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;
using Facturation.Application.Plugins;

namespace Facturation.Application.Interchange.Planning;

/// <summary>Checks the file's companies with the company rules and the loaded plugins, and plans each: create, skip or conflict.</summary>
internal static class CompanyPlanner
{
    public static void Plan(IReadOnlyList<CompanyRecord> records, ExistingData existing, ExtensionRegistry extensions, ImportScope scope, ImportPlan plan, ImportErrorList errors)
    {
        var sourceIds = new FileKeys("sourceId", "sourceId");
        var codes = new FileKeys("code", "Company code");
        foreach (var record in records)
        {
            var at = record.At;
            errors.AddRange(at, CompanyChecks.Check(record.Input, extensions).Problems);
            var uniqueSource = sourceIds.Claim("", at.SourceId, at, errors);
            codes.Claim("", record.Input.Code, at, errors);
            var built = EntityFactory.Company(record.Input);
            var stored = uniqueSource ? existing.Company(at.SourceId) : null;
            if (stored is not null)
            {
                if (RecordComparison.Same(w => CompanyWriter.Write(w, built), w => CompanyWriter.Write(w, stored), at, errors))
                    plan.Skip(RecordKinds.Companies);
                continue;
            }
            if (scope.Company(record.Input.Code) is { } taken && existing.IsStored(taken))
            {
                errors.Add(at, "code", "code.taken",
                    $"Company code '{record.Input.Code}' already exists with sourceId '{SourceKey.Of(taken.SourceId, taken.Id)}'; a record with another sourceId cannot take it.");
                continue;
            }
            plan.Companies.Add(built);
            scope.Add(built);
        }
    }
}
