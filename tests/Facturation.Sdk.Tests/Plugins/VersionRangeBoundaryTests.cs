using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.Plugins;

public sealed class VersionRangeBoundaryTests
{
    [Theory]
    [InlineData("(1.0.0, 1.0.0)")]
    [InlineData("[1.0.0, 1.0.0)")]
    [InlineData("(1.0.0, 1.0.0]")]
    public void TryParse_EmptyRange_IsRejected(string text) => Assert.False(VersionRange.TryParse(text, out _));

    [Fact]
    public void Contains_PreReleaseOfTheExcludedUpperBound_IsOutside()
    {
        var range = VersionRange.Parse("[1.0.0, 2.0.0)");

        Assert.False(range.Contains(SemanticVersion.Parse("2.0.0-alpha")));
        Assert.True(range.Contains(SemanticVersion.Parse("1.9.0-beta")));
        Assert.True(range.Contains(SemanticVersion.Parse("1.99.0")));
    }
}
