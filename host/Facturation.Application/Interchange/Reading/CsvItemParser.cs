using Facturation.Application.Catalogue;
using Facturation.Application.Interchange.Model;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads an items CSV (columns in docs/import-format.md) for one company.</summary>
internal static class CsvItemParser
{
    /// <summary>Prefix of the unit label columns, e.g. <c>unitLabels.fr</c>.</summary>
    public const string UnitLabelPrefix = "unitLabels.";

    public static readonly IReadOnlyList<string> Columns = ["sourceId", "code", "description", "unitCode", "unitPrice", "taxClass", "nature", "archived"];

    public static readonly IReadOnlyList<string> Required = ["sourceId", "code", "description", "unitPrice"];

    public static ItemRecord Parse(CsvCells cells, CsvHeader header, string companyCode)
    {
        var defaults = new ItemInput();
        var price = cells.Number("unitPrice");
        if (price is null && cells.Text("unitPrice") is null)
            cells.Required("unitPrice");
        var input = new ItemInput
        {
            SourceId = cells.At.SourceId,
            Code = cells.Text("code") ?? "",
            Description = cells.Text("description") ?? "",
            UnitCode = cells.Text("unitCode") ?? defaults.UnitCode,
            UnitPrice = price ?? 0m,
            TaxClass = cells.Text("taxClass") ?? defaults.TaxClass,
            Nature = cells.Choice("nature", InterchangeNames.LineNatures) ?? LineNature.Service,
            UnitLabels = header.Names.Where(n => n.StartsWith(UnitLabelPrefix, StringComparison.Ordinal))
                .Select(n => (Language: n[UnitLabelPrefix.Length..], Label: cells.Text(n)))
                .Where(l => l.Label is not null)
                .ToDictionary(l => l.Language, l => l.Label!, StringComparer.Ordinal),
        };
        return new ItemRecord(cells.At, companyCode, input, cells.Flag("archived") ?? false);
    }
}
