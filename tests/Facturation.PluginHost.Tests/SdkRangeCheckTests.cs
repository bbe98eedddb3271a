using Facturation.Sdk;
using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost.Tests;

public sealed class SdkRangeCheckTests
{
    private static readonly int Major = SdkInfo.Version.Major;

    [Fact]
    public void Refusal_RangeOfTheHostsMajor_IsNone()
    {
        Assert.Null(SdkRangeCheck.Refusal(Range(Major)));
    }

    [Fact]
    public void Refusal_RangeOfAnEarlierMajor_NamesTheRangeTheHostAndAsksForARebuild()
    {
        var refusal = SdkRangeCheck.Refusal(Range(Major - 1));

        Assert.Equal(
            $"supports SDK {Range(Major - 1)}, but the host runs SDK {SdkInfo.Version}: it was built for an earlier SDK major version; rebuild it against SDK {Major}.x (see the SDK's migration notes)",
            refusal);
    }

    [Fact]
    public void Refusal_RangeOfALaterMajor_NamesTheRangeTheHostAndAsksForANewerHost()
    {
        var refusal = SdkRangeCheck.Refusal(Range(Major + 1));

        Assert.Equal($"supports SDK {Range(Major + 1)}, but the host runs SDK {SdkInfo.Version}: it needs a newer host", refusal);
    }

    // [major.0.0, major+1.0.0): what a plugin built against that major declares.
    private static VersionRange Range(int major) => VersionRange.Parse($"[{major}.0.0, {major + 1}.0.0)");
}
