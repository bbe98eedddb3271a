using System.Text.Json;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Catalogue;

namespace Facturation.Application.Interchange.Writing;

/// <summary>Writes one catalogue item record.</summary>
internal static class ItemWriter
{
    public static void Write(Utf8JsonWriter writer, CatalogItem item, string companyCode)
    {
        writer.WriteStartObject();
        writer.WriteString("sourceId", SourceKey.Of(item.SourceId, item.Id));
        writer.WriteString("companyCode", companyCode);
        writer.WriteString("code", item.Code);
        writer.WriteString("description", item.Description);
        writer.WriteString("unitCode", item.UnitCode);
        writer.Map("unitLabels", item.UnitLabels);
        writer.Number("unitPrice", item.UnitPrice);
        writer.WriteString("taxClass", item.TaxClass);
        writer.WriteString("nature", InterchangeNames.Of(item.Nature));
        writer.TrueOnly("archived", item.ArchivedAt is not null);
        writer.WriteEndObject();
    }
}
