using Facturation.Application.Common;

namespace Facturation.Application.Catalogue;

/// <summary>Checks of a catalogue item.</summary>
public static class ItemRules
{
    /// <summary>Checks an input.</summary>
    /// <param name="input">Input.</param>
    /// <returns>The validator.</returns>
    public static Validator Check(ItemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validator = new Validator()
            .When(!CodeRules.IsCode(input.Code), "Code", "code.format", $"Code '{input.Code}' must be 1 to 40 letters, digits, '-', '_' or '.'.")
            .Required(input.Description, "Description")
            .Description(input.Description, "Description")
            .When(!CodeLists.IsUnit(input.UnitCode), "UnitCode", "code.unit", $"Unit '{input.UnitCode}' is not a supported UN/ECE Rec 20/21 code (e.g. C62, H87, HUR, DAY, KGM).")
            .UnitPrice(input.UnitPrice, "UnitPrice")
            .When(!TaxClassRules.IsTaxClass(input.TaxClass), "TaxClass", "taxclass.format", $"Tax class '{input.TaxClass}' must be a lower-case token such as standard, reduced, zero, exempt.");
        foreach (var (language, label) in input.UnitLabels)
            validator.Name(label, $"UnitLabels.{language}");
        return validator;
    }
}
