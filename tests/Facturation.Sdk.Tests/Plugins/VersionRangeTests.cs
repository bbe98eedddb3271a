using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.Plugins;

public class VersionRangeTests
{
    [Fact]
    public void Parse_InclusiveExclusive_ReadsBothBoundsAndKinds()
    {
        var range = VersionRange.Parse("[1.0.0, 2.0.0)");

        Assert.Equal(new VersionRange(V("1.0.0"), true, V("2.0.0"), false), range);
    }

    [Fact]
    public void Parse_ExclusiveInclusive_ReadsBothBoundsAndKinds()
    {
        var range = VersionRange.Parse("(1.0.0,2.0.0]");

        Assert.Equal(new VersionRange(V("1.0.0"), false, V("2.0.0"), true), range);
    }

    [Fact]
    public void Parse_ExactVersion_IsInclusiveOnBothEnds()
    {
        var range = VersionRange.Parse("[1.2.0]");

        Assert.Equal(new VersionRange(V("1.2.0"), true, V("1.2.0"), true), range);
    }

    [Fact]
    public void Parse_BareVersion_IsFloorWithinItsMajor()
    {
        var range = VersionRange.Parse("1.2.0");

        Assert.Equal(new VersionRange(V("1.2.0"), true, V("2.0.0"), false), range);
    }

    [Fact]
    public void Parse_OpenLowerBound_HasNoMinimum()
    {
        var range = VersionRange.Parse("(, 2.0.0)");

        Assert.Null(range.Minimum);
        Assert.Equal(V("2.0.0"), range.Maximum);
        Assert.True(range.Contains(V("0.0.1")));
        Assert.False(range.Contains(V("2.0.0")));
    }

    [Fact]
    public void Parse_OpenUpperBound_HasNoMaximum()
    {
        var range = VersionRange.Parse("[1.0.0, )");

        Assert.Null(range.Maximum);
        Assert.True(range.Contains(V("99.0.0")));
        Assert.False(range.Contains(V("0.9.9")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("[2.0.0, 1.0.0)")]
    [InlineData("[1.0.0, 2.0.0")]
    [InlineData("1.0.0, 2.0.0)")]
    [InlineData("[1.0.0, 2.0.0}")]
    [InlineData("(1.0.0)")]
    [InlineData("[1.0.0)")]
    [InlineData("[,]")]
    [InlineData("(,)")]
    [InlineData("[x, 2.0.0)")]
    [InlineData("[1.0.0, y)")]
    [InlineData("[1.0.0, 2.0.0, 3.0.0)")]
    [InlineData("latest")]
    public void TryParse_InvalidRange_ReturnsFalseAndNull(string text)
    {
        var parsed = VersionRange.TryParse(text, out var range);

        Assert.False(parsed);
        Assert.Null(range);
    }

    [Fact]
    public void Parse_MinimumAboveMaximum_ThrowsFormatExceptionQuotingTheText()
    {
        var exception = Assert.Throws<FormatException>(() => VersionRange.Parse("[3.0.0, 2.0.0]"));

        Assert.Contains("'[3.0.0, 2.0.0]'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1.0.0, 2.0.0)", "1.0.0", true)]
    [InlineData("[1.0.0, 2.0.0)", "1.99.99", true)]
    [InlineData("[1.0.0, 2.0.0)", "2.0.0", false)]
    [InlineData("[1.0.0, 2.0.0)", "0.9.9", false)]
    [InlineData("(1.0.0, 2.0.0]", "1.0.0", false)]
    [InlineData("(1.0.0, 2.0.0]", "1.0.1", true)]
    [InlineData("(1.0.0, 2.0.0]", "2.0.0", true)]
    [InlineData("(1.0.0, 2.0.0]", "2.0.1", false)]
    [InlineData("[1.2.0]", "1.2.0", true)]
    [InlineData("[1.2.0]", "1.2.1", false)]
    [InlineData("[1.2.0]", "1.2.0-beta", false)]
    [InlineData("1.2.0", "1.2.0", true)]
    [InlineData("1.2.0", "1.9.0", true)]
    [InlineData("1.2.0", "1.1.9", false)]
    [InlineData("1.2.0", "2.0.0", false)]
    [InlineData("[1.0.0, 2.0.0)", "1.0.0-beta", false)]
    public void Contains_AtAndAroundTheBounds(string range, string version, bool expected)
    {
        Assert.Equal(expected, VersionRange.Parse(range).Contains(V(version)));
    }

    [Theory]
    [InlineData("[1.0.0, 2.0.0)", "[1.0.0, 2.0.0)")]
    [InlineData("(1.0.0,2.0.0]", "(1.0.0, 2.0.0]")]
    [InlineData("[1.2.0]", "[1.2.0]")]
    [InlineData("1.2.0", "[1.2.0, 2.0.0)")]
    public void ToString_WritesNuGetIntervalNotation(string text, string expected)
    {
        Assert.Equal(expected, VersionRange.Parse(text).ToString());
    }

    [Fact]
    public void Contains_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => VersionRange.Parse("1.0.0").Contains(null!));
    }

    private static SemanticVersion V(string text) => SemanticVersion.Parse(text);
}
