using Facturation.Sdk.Documents;

namespace Facturation.Sdk.Tests.Documents;

public class TaxClassTests
{
    [Theory]
    [InlineData("standard")]
    [InlineData("super-reduced")]
    [InlineData("fr-dom-2")]
    [InlineData("x")]
    public void Constructor_LowerCaseToken_KeepsValue(string value)
    {
        Assert.Equal(value, new TaxClass(value).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Standard")]
    [InlineData("super reduced")]
    [InlineData("reduced_1")]
    [InlineData("réduit")]
    [InlineData("zero.rated")]
    public void Constructor_NotALowerCaseToken_ThrowsArgumentException(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new TaxClass(value));

        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new TaxClass(null!));
    }

    [Fact]
    public void WellKnownClasses_HaveDistinctTokens()
    {
        TaxClass[] known = [TaxClass.Standard, TaxClass.Intermediate, TaxClass.Reduced, TaxClass.SuperReduced, TaxClass.Zero, TaxClass.Exempt];

        Assert.Equal(["standard", "intermediate", "reduced", "super-reduced", "zero", "exempt"], known.Select(c => c.Value));
    }

    [Fact]
    public void Equality_ComparesTokens()
    {
        Assert.Equal(TaxClass.Reduced, new TaxClass("reduced"));
        Assert.NotEqual(TaxClass.Reduced, TaxClass.SuperReduced);
    }
}
