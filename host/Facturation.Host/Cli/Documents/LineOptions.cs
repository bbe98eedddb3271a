using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli.Documents;

/// <summary>The options of <c>add-line</c>: a catalogue item (its values as defaults) or a line typed in full.</summary>
internal sealed class LineOptions
{
    private readonly Option<string?> _item = CliOptions.Text("--item", "Catalogue item code: its description, unit, price, tax class and nature fill what is not given.");
    private readonly Option<string?> _description = CliOptions.Text("--description", "Description.");
    private readonly Option<decimal?> _quantity = CliOptions.Decimal("--quantity", "Quantity, may be fractional (default 1).");
    private readonly Option<string?> _unit = CliOptions.Text("--unit", "UN/ECE Rec 20/21 unit code (C62, HUR, DAY, KGM ...).");
    private readonly Option<decimal?> _price = CliOptions.Decimal("--price", "Unit price before VAT, up to 4 decimals.");
    private readonly Option<decimal?> _discount = CliOptions.Decimal("--discount", "Line discount as an amount (2 decimals).");
    private readonly Option<decimal?> _discountPercent = CliOptions.Decimal("--discount-percent", "Line discount as a percentage of quantity × price.");
    private readonly Option<string?> _taxClass = CliOptions.Text("--tax-class", "Rate class: standard, intermediate, reduced, super-reduced, zero, exempt.");
    private readonly Option<LineNature?> _nature = CliOptions.Choice("--nature", "Goods or service", Tokens.Natures);

    public void AddTo(Command command) =>
        CliOptions.AddTo(command, _item, _description, _quantity, _unit, _price, _discount, _discountPercent, _taxClass, _nature);

    /// <summary>A rule between options the parser cannot express, or <see langword="null"/>.</summary>
    public string? Conflict(ParseResult parse) =>
        parse.GetValue(_discount) is not null && parse.GetValue(_discountPercent) is not null
            ? "Options '--discount' and '--discount-percent' exclude each other: give one or the other."
            : null;

    public LineInput Input(ParseResult parse) => new()
    {
        ItemCode = parse.GetValue(_item),
        Description = parse.GetValue(_description),
        Quantity = parse.GetValue(_quantity) ?? 1m,
        UnitCode = parse.GetValue(_unit),
        UnitPrice = parse.GetValue(_price),
        Discount = parse.GetValue(_discount) ?? 0m,
        DiscountPercent = parse.GetValue(_discountPercent),
        TaxClass = parse.GetValue(_taxClass),
        Nature = parse.GetValue(_nature),
    };
}
