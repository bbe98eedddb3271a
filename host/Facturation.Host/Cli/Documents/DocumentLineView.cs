using Facturation.Domain.Documents;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Host.Cli.Documents;

/// <summary>A line of a shown document; the net amount and VAT decision exist once issued.</summary>
internal sealed record DocumentLineView(
    int Position, string? ItemCode, string Description, decimal Quantity, string Unit, decimal UnitPrice, decimal Discount, string TaxClass,
    string Nature, decimal? NetAmount, string? TaxCategory, decimal? TaxRate)
{
    public static DocumentLineView From(PricedLine priced, int position)
    {
        var line = priced.Line;
        return new(position, line.ItemCode, line.Description, line.Quantity, line.Unit.Value, line.UnitPrice, line.Discount, line.TaxClass.Value,
            Tokens.Of(Tokens.Natures, line.Nature), Invariant.Amount(priced.NetAmount.Amount), priced.Tax.Category.ToCode(), priced.Tax.RatePercent);
    }

    public static DocumentLineView From(DraftLine line) => new(
        line.Position, line.ItemCode, line.Description, line.Quantity, line.UnitCode, line.UnitPrice, line.Discount, line.TaxClass,
        Tokens.Of(Tokens.Natures, line.Nature), null, null, null);
}
