using Facturation.Sdk.Common;

namespace Facturation.Sdk.Tests.Common;

public sealed class ProblemTests
{
    [Fact]
    public void RuleId_IsNullUnlessGiven_AndTellsTwoProblemsApart()
    {
        var plain = new Problem("fr-vat.seller-vat-number-required", "The seller's VAT number is required.", "Seller.VatNumber");
        var ruled = plain with { RuleId = "BR-AE-02" };

        Assert.Null(plain.RuleId);
        Assert.Equal("BR-AE-02", ruled.RuleId);
        Assert.NotEqual(plain, ruled);
    }

    [Theory]
    [InlineData("Seller.VatNumber", "Seller.VatNumber: The seller's VAT number is required. (vat.seller-number)")]
    [InlineData(null, "vat.seller-number: The seller's VAT number is required.")]
    public void ToString_PrintsFieldMessageAndCode_WithoutTheRuleId(string? field, string expected)
    {
        var problem = new Problem("vat.seller-number", "The seller's VAT number is required.", field) { RuleId = "BR-S-02" };

        Assert.Equal(expected, problem.ToString());
    }
}
