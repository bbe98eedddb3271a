using Facturation.Plugins.France.Taxes;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.Tests.France.Taxes;

public sealed class EuMemberStatesTests
{
    [Fact]
    public void Codes_AreTheTwentySevenMemberStates() => Assert.Equal(27, EuMemberStates.Codes.Count);

    [Theory]
    [InlineData("FR", nameof(VatTerritory.France))]
    [InlineData("MC", nameof(VatTerritory.France))]
    [InlineData("GR", nameof(VatTerritory.OtherMemberState))]
    [InlineData("EL", nameof(VatTerritory.ThirdCountry))]
    [InlineData("DE", nameof(VatTerritory.OtherMemberState))]
    [InlineData("HR", nameof(VatTerritory.OtherMemberState))]
    [InlineData("GB", nameof(VatTerritory.ThirdCountry))]
    [InlineData("CH", nameof(VatTerritory.ThirdCountry))]
    public void TerritoryOf_PlacesTheCountry(string country, string territory) =>
        Assert.Equal(Enum.Parse<VatTerritory>(territory), EuMemberStates.TerritoryOf(new CountryCode(country)));
}
