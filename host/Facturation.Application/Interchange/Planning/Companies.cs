using Facturation.Application.Interchange.Model;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>Resolves a record's <c>companyCode</c> against the file and the database.</summary>
internal static class Companies
{
    public static Company? Resolve(string code, RecordLocation at, ImportScope scope, ImportErrorList errors)
    {
        if (code.Length == 0)
            return null; // already reported as required
        var company = scope.Company(code);
        if (company is null)
            errors.Add(at, "companyCode", "company.not-found", $"No company with code '{code}' in the file or in the database.");
        return company;
    }
}
