using Facturation.Domain.Catalogue;

namespace Facturation.Application.Catalogue;

/// <summary>How an <see cref="ItemInput"/> is stored: one place for every writer.</summary>
internal static class ItemMapping
{
    public static void Apply(ItemInput input, CatalogItem item)
    {
        item.Code = input.Code;
        item.Description = input.Description;
        item.UnitCode = input.UnitCode;
        item.UnitLabels = input.UnitLabels;
        item.UnitPrice = input.UnitPrice;
        item.TaxClass = input.TaxClass;
        item.Nature = input.Nature;
        item.SourceId = input.SourceId;
    }
}
