using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Tests.Taxes;

public class VatCategoryCodesTests
{
    // UNTDID 5305 codes of the EN 16931 VAT categories (BT-118 / BT-151).
    public static TheoryData<VatCategory, string> Untdid5305 => new()
    {
        { VatCategory.StandardRate, "S" },
        { VatCategory.ZeroRated, "Z" },
        { VatCategory.Exempt, "E" },
        { VatCategory.ReverseCharge, "AE" },
        { VatCategory.IntraCommunitySupply, "K" },
        { VatCategory.Export, "G" },
        { VatCategory.OutsideScope, "O" },
        { VatCategory.CanaryIslands, "L" },
        { VatCategory.CeutaMelilla, "M" },
    };

    [Theory]
    [MemberData(nameof(Untdid5305))]
    public void ToCode_GivesTheUntdid5305Code(VatCategory category, string code)
    {
        Assert.Equal(code, category.ToCode());
    }

    [Theory]
    [MemberData(nameof(Untdid5305))]
    public void TryParse_Untdid5305Code_GivesTheCategory(VatCategory category, string code)
    {
        Assert.True(VatCategoryCodes.TryParse(code, out var parsed));
        Assert.Equal(category, parsed);
    }

    [Fact]
    public void EveryCategory_RoundTripsThroughItsCode()
    {
        var categories = Enum.GetValues<VatCategory>();

        Assert.Equal(9, categories.Length);
        Assert.All(categories, category =>
        {
            Assert.True(VatCategoryCodes.TryParse(category.ToCode(), out var parsed));
            Assert.Equal(category, parsed);
        });
        Assert.Equal(categories.Length, categories.Select(c => c.ToCode()).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("ae")]
    [InlineData("B")]
    [InlineData("VAT")]
    [InlineData(" S")]
    public void TryParse_UnknownCode_ReturnsFalse(string? code)
    {
        Assert.False(VatCategoryCodes.TryParse(code, out _));
    }

    [Fact]
    public void ToCode_UndefinedCategory_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((VatCategory)42).ToCode());
}
