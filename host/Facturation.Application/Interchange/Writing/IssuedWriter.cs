using System.Text.Json;
using Facturation.Application.Interchange.Model;
using Facturation.Domain.Documents;
using Facturation.Domain.Money;

namespace Facturation.Application.Interchange.Writing;

/// <summary>
/// Writes one numbered document of the read-only <c>issued</c> section: its number, status, totals and the frozen
/// snapshot exactly as stored (so <c>snapshotHash</c> can be checked against it). Import never reads it back.
/// </summary>
internal static class IssuedWriter
{
    public static void Write(Utf8JsonWriter writer, Document document, string companyCode, string customerCode)
    {
        writer.WriteStartObject();
        writer.WriteString("sourceId", SourceKey.Of(document.SourceId, document.Id));
        writer.WriteString("companyCode", companyCode);
        writer.WriteString("type", InterchangeNames.Of(document.Type));
        writer.WriteString("status", InterchangeNames.Of(document.Status));
        writer.Text("number", document.Number);
        writer.Date("issueDate", document.IssueDate);
        writer.WriteString("customerCode", customerCode);
        writer.WriteString("currency", document.Currency);
        writer.Number("taxExclusiveAmount", RoundingPolicy.FromMinorUnits(document.TaxExclusiveMinor));
        writer.Number("taxTotal", RoundingPolicy.FromMinorUnits(document.TaxTotalMinor));
        writer.Number("taxInclusiveAmount", RoundingPolicy.FromMinorUnits(document.TaxInclusiveMinor));
        writer.Text("snapshotHash", document.SnapshotHash);
        if (document.SnapshotJson is { } snapshot)
        {
            writer.WritePropertyName("snapshot");
            writer.WriteRawValue(snapshot, skipInputValidation: false);
        }
        writer.WriteEndObject();
    }
}
