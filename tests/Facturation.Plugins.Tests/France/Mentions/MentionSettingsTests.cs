using Facturation.Plugins.France.Mentions;

namespace Facturation.Plugins.Tests.France.Mentions;

public sealed class MentionSettingsTests
{
    private static readonly MentionSettings Declared = new();

    [Fact]
    public void Definitions_AreOptionalTextsUnderTheMentionsPrefixWithDefaults()
    {
        Assert.Equal(["mentions.late-payment-penalty", "mentions.early-payment-discount"], Declared.Definitions.Select(d => d.Key));
        Assert.All(Declared.Definitions, d =>
        {
            Assert.False(d.Required);
            Assert.False(string.IsNullOrWhiteSpace(d.DefaultValue));
        });
    }

    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(Declared.Validate(SomeFrench.Settings()));

    [Fact]
    public void Validate_EmptyWording_IsLeftToTheCheckAtIssue() =>
        Assert.Empty(Declared.Validate(SomeFrench.Settings(("mentions.early-payment-discount", ""))));

    [Theory]
    [InlineData("mentions.late-payment-penalty")]
    [InlineData("mentions.early-payment-discount")]
    public void Validate_WordingOver500Characters_IsRefusedOnItsKey(string key)
    {
        var problem = Assert.Single(Declared.Validate(SomeFrench.Settings((key, new string('x', 501)))));

        Assert.Equal("mentions.too-long", problem.Code);
        Assert.Equal(key, problem.Field);
    }
}
