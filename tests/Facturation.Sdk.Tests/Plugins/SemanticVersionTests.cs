using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.Plugins;

public class SemanticVersionTests
{
    [Theory]
    [InlineData("1.2.3", 1, 2, 3, null)]
    [InlineData("0.0.0", 0, 0, 0, null)]
    [InlineData("10.20.30", 10, 20, 30, null)]
    [InlineData("1.2", 1, 2, 0, null)]
    [InlineData(" 1.2.3 ", 1, 2, 3, null)]
    [InlineData("1.2.3-beta.1", 1, 2, 3, "beta.1")]
    [InlineData("1.2.3-rc-1", 1, 2, 3, "rc-1")]
    [InlineData("1.2.3+build.7", 1, 2, 3, null)]
    [InlineData("1.2.3-beta+sha.abc", 1, 2, 3, "beta")]
    public void Parse_ValidText_ReadsEveryPart(string text, int major, int minor, int patch, string? preRelease)
    {
        var version = SemanticVersion.Parse(text);

        Assert.Equal(new SemanticVersion(major, minor, patch, preRelease), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("1.2.3.4")]
    [InlineData("1..3")]
    [InlineData("a.b.c")]
    [InlineData("v1.2.3")]
    [InlineData("-1.2.3")]
    [InlineData("+1.2.3")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.x")]
    [InlineData("99999999999.0.0")]
    public void TryParse_MalformedText_ReturnsFalseAndNull(string text)
    {
        var parsed = SemanticVersion.TryParse(text, out var version);

        Assert.False(parsed);
        Assert.Null(version);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(SemanticVersion.TryParse(null, out _));
    }

    [Fact]
    public void Parse_MalformedText_ThrowsFormatExceptionQuotingTheText()
    {
        var exception = Assert.Throws<FormatException>(() => SemanticVersion.Parse("1.x"));

        Assert.Contains("'1.x'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PreRelease_SortsBeforeRelease()
    {
        var preRelease = SemanticVersion.Parse("1.0.0-beta");
        var release = SemanticVersion.Parse("1.0.0");

        Assert.True(preRelease < release);
        Assert.True(release > preRelease);
        Assert.True(preRelease.CompareTo(release) < 0);
    }

    [Fact]
    public void Parse_PreRelease_SortsAfterPreviousRelease()
    {
        Assert.True(SemanticVersion.Parse("1.0.0-beta") > SemanticVersion.Parse("0.9.9"));
    }

    [Theory]
    [InlineData("1.0.0", "2.0.0")]
    [InlineData("1.9.0", "1.10.0")]
    [InlineData("1.0.9", "1.0.10")]
    [InlineData("1.99.99", "2.0.0")]
    [InlineData("1.0.0-alpha", "1.0.0-beta")]
    [InlineData("2.0.0-rc.1", "2.0.0")]
    public void CompareTo_OrdersNumericallyNotAlphabetically(string lower, string higher)
    {
        var low = SemanticVersion.Parse(lower);
        var high = SemanticVersion.Parse(higher);

        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo(low) > 0);
    }

    [Fact]
    public void Operators_CompareLikeCompareTo()
    {
        var one = SemanticVersion.Parse("1.0.0");
        var sameOne = SemanticVersion.Parse("1.0.0");
        var two = SemanticVersion.Parse("2.0.0");

        Assert.True(one < two);
        Assert.False(two < one);
        Assert.True(two > one);
        Assert.False(one > two);
        Assert.True(one <= sameOne);
        Assert.True(one >= sameOne);
        Assert.False(two <= one);
        Assert.False(one >= two);
    }

    [Fact]
    public void Equality_IgnoresBuildMetadata()
    {
        Assert.Equal(SemanticVersion.Parse("1.2.3"), SemanticVersion.Parse("1.2.3+abc"));
        Assert.Equal(0, SemanticVersion.Parse("1.2.3").CompareTo(SemanticVersion.Parse("1.2.3+abc")));
    }

    [Fact]
    public void Equality_DistinguishesPreRelease()
    {
        Assert.NotEqual(SemanticVersion.Parse("1.2.3"), SemanticVersion.Parse("1.2.3-beta"));
    }

    [Fact]
    public void CompareTo_Null_SortsAfterNull()
    {
        Assert.True(SemanticVersion.Parse("0.0.0").CompareTo(null) > 0);
    }

    [Theory]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("1.2.3-beta.1+build", "1.2.3-beta.1")]
    public void ToString_WritesMajorMinorPatchAndPreRelease(string text, string expected)
    {
        Assert.Equal(expected, SemanticVersion.Parse(text).ToString());
    }
}
