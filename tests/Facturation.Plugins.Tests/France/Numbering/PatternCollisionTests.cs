using Facturation.Plugins.France.Numbering;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.Tests.France.Numbering;

public sealed class PatternCollisionTests
{
    [Theory]
    [InlineData("F{counter:4}", "F{yyyy}{counter:4}")] // F20260001
    [InlineData("F{counter:1}", "F{yyyy}{counter:1}")] // F20261
    [InlineData("F{counter:5}", "F{counter:3}")] // F00001
    [InlineData("{counter:5}", "{yy}{counter:3}")] // 26001
    [InlineData("F-{counter:2}", "F-{mm}{counter:1}")] // F-105: counter 105, or October then 5
    [InlineData("F{yyyy}-{counter:5}", "F{yy}{mm}-{counter:5}")] // F2012-00001: year 2012, or 2020 in December
    [InlineData("A{counter:3}.{yy}", "A{counter:1}.{mm}")] // A100.12
    [InlineData("F{counter:5}", "F0{counter:4}")] // F00001
    public void CanPrintSameNumber_PatternsSharingANumber_Collide(string first, string second)
    {
        Assert.True(PatternCollision.CanPrintSameNumber(Parse(first), Parse(second)));
        Assert.True(PatternCollision.CanPrintSameNumber(Parse(second), Parse(first)));
    }

    [Theory]
    [InlineData("F{yyyy}-{counter:5}", "F{counter:5}")] // the '-'
    [InlineData("F{yyyy}-{counter:5}", "AV{yyyy}-{counter:5}")]
    [InlineData("F{yyyy}-{counter:5}", "FA{yyyy}-{counter:5}")]
    [InlineData("F{yyyy}/{counter:3}", "F{yyyy}-{counter:3}")]
    [InlineData("D{yy}-{counter:4}", "D{yyyy}-{counter:4}")] // the '-' is at another place
    [InlineData("F{counter:5}", "F0{counter:5}")] // a counter that outgrew 5 digits never starts with 0
    [InlineData("F{mm}{counter:2}", "F2{counter:3}")] // no month starts with 2
    [InlineData("A{counter:3}", "A{counter:3}B")]
    public void CanPrintSameNumber_PatternsThatNeverMeet_DoNotCollide(string first, string second)
    {
        Assert.False(PatternCollision.CanPrintSameNumber(Parse(first), Parse(second)));
        Assert.False(PatternCollision.CanPrintSameNumber(Parse(second), Parse(first)));
    }

    private static NumberPattern Parse(string text)
    {
        var problems = new List<Problem>();
        var pattern = NumberPattern.Parse(text, "numbering.pattern.invoice", problems);
        Assert.Empty(problems);
        return pattern!;
    }
}
