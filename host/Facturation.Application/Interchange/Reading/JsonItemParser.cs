using System.Text.Json;
using Facturation.Application.Catalogue;
using Facturation.Application.Interchange.Model;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads one record of the <c>items</c> section.</summary>
internal static class JsonItemParser
{
    public static ItemRecord? Parse(JsonElement element, int index, string? defaultCompany, ImportErrorList errors)
    {
        var (fields, at) = RecordStart.Open(element, RecordKinds.Items, index, errors);
        if (fields is null)
            return null;
        var company = RecordStart.CompanyCode(fields.Text("companyCode"), defaultCompany, at, errors);
        var defaults = new ItemInput();
        var input = new ItemInput
        {
            SourceId = at.SourceId,
            Code = fields.Text("code") ?? "",
            Description = fields.Text("description") ?? "",
            UnitCode = fields.Text("unitCode") ?? defaults.UnitCode,
            UnitLabels = fields.TextMap("unitLabels") ?? new Dictionary<string, string>(StringComparer.Ordinal),
            UnitPrice = fields.RequiredNumber("unitPrice") ?? 0m,
            TaxClass = fields.Text("taxClass") ?? defaults.TaxClass,
            Nature = fields.Choice("nature", InterchangeNames.LineNatures) ?? LineNature.Service,
        };
        var archived = fields.Flag("archived") ?? false;
        fields.RejectUnknown();
        return new ItemRecord(at, company, input, archived);
    }
}
