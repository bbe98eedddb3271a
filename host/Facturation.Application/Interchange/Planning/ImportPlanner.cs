using Facturation.Application.Interchange.Model;
using Facturation.Application.Plugins;

namespace Facturation.Application.Interchange.Planning;

/// <summary>Checks every record of a file against the rules and the database, and plans what to write.</summary>
internal static class ImportPlanner
{
    public static ImportPlan Plan(InterchangeContent content, ExistingData existing, ExtensionRegistry extensions, ImportErrorList errors, DateTimeOffset now)
    {
        var scope = new ImportScope(existing);
        var plan = new ImportPlan();
        CompanyPlanner.Plan(content.Companies, existing, extensions, scope, plan, errors);
        CustomerPlanner.Plan(content.Customers, existing, scope, plan, errors, now);
        var regimes = new CompanyRegimes(extensions);
        ItemPlanner.Plan(content.Items, existing, scope, regimes, plan, errors, now);
        DocumentPlanner.Plan(content.Documents, existing, scope, regimes, plan, errors, now);
        return plan;
    }
}
