using System.Reflection;
using Facturation.Sdk.Plugins;

namespace Facturation.Sdk.Tests;

public class SdkInfoTests
{
    [Fact]
    public void Version_Is2_0_0()
    {
        // Bump together with <Version> in Facturation.Sdk.csproj and the approved public API.
        Assert.Equal(new SemanticVersion(2, 0, 0), SdkInfo.Version);
    }

    [Fact]
    public void Version_ComesFromTheAssemblyInformationalVersion()
    {
        var informational = typeof(SdkInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();

        Assert.NotNull(informational);
        var withoutMetadata = informational.InformationalVersion.Split('+')[0];
        Assert.Equal(SemanticVersion.Parse(withoutMetadata), SdkInfo.Version);
    }
}
