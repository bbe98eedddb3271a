using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Tests.Taxes;

public sealed class TaxRefusalTests
{
    [Fact]
    public void Refused_WithoutAnyProblem_Throws() => Assert.Throws<ArgumentException>(() => TaxAssessment.Refused());

    [Fact]
    public void ToCode_UndefinedCategory_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((VatCategory)42).ToCode());
}
