using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests.Plugins;

/// <summary>SemVer 2.0.0 §11 precedence and §9 pre-release syntax.</summary>
public sealed class SemanticVersionPrecedenceTests
{
    [Theory]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1")]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData("1.0.0-alpha.beta", "1.0.0-beta")]
    [InlineData("1.0.0-beta", "1.0.0-beta.2")]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData("1.0.0-beta.11", "1.0.0-rc.1")]
    [InlineData("1.0.0-rc.1", "1.0.0")]
    public void CompareTo_FollowsSemVerPrecedence(string lower, string higher)
    {
        Assert.True(SemanticVersion.Parse(lower) < SemanticVersion.Parse(higher), $"{lower} should sort before {higher}");
        Assert.True(SemanticVersion.Parse(higher) > SemanticVersion.Parse(lower));
    }

    [Theory]
    [InlineData("01.0.0")]
    [InlineData("1.00.0")]
    [InlineData("1.0.0-01")]
    [InlineData("1.0.0-beta..1")]
    [InlineData("1.0.0-beta_1")]
    [InlineData("1.0.0-")]
    public void TryParse_InvalidSemVer_IsRejected(string text) => Assert.False(SemanticVersion.TryParse(text, out _));

    [Fact]
    public void Operators_WithNull_DoNotThrow()
    {
        SemanticVersion? none = null;
        SemanticVersion? alsoNone = null;
        var one = SemanticVersion.Parse("1.0.0");

        Assert.True(none < one);
        Assert.False(one < none);
        Assert.True(none <= alsoNone);
    }
}
