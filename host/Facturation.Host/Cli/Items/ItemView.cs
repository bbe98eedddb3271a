using Facturation.Domain.Catalogue;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Items;

/// <summary>A catalogue item as the item commands print it.</summary>
internal sealed record ItemView(
    string Code, string Description, string Unit, IReadOnlyDictionary<string, string> UnitLabels, decimal UnitPrice, string TaxClass,
    string Nature, DateTimeOffset? ArchivedAt)
{
    public static ItemView From(CatalogItem i) => new(
        i.Code, i.Description, i.UnitCode, i.UnitLabels, i.UnitPrice, i.TaxClass, Tokens.Of(Tokens.Natures, i.Nature), i.ArchivedAt);

    public static string Table(IReadOnlyList<ItemView> items)
    {
        if (items.Count == 0)
            return "No items." + Environment.NewLine;
        var table = new TextTable("CODE", "DESCRIPTION", "UNIT", "PRICE", "TAX CLASS", "NATURE", "STATE").AlignRight(3);
        foreach (var i in items)
        {
            var unit = i.UnitLabels.Count == 0 ? i.Unit : $"{i.Unit} ({string.Join(", ", i.UnitLabels.Select(l => $"{l.Key}: {l.Value}"))})";
            table.Add(i.Code, i.Description, unit, Invariant.Text(i.UnitPrice), i.TaxClass, i.Nature, i.ArchivedAt is null ? "active" : "archived");
        }
        return table.Render();
    }
}
