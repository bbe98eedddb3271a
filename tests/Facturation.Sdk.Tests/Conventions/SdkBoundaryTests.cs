using System.Text.RegularExpressions;

namespace Facturation.Sdk.Tests.Conventions;

public class SdkBoundaryTests
{
    private static readonly string SdkAssemblyPath = typeof(SdkInfo).Assembly.Location;

    public static TheoryData<string> ForbiddenPrefixes => [.. Forbidden.SdkDependencyPrefixes];

    [Theory]
    [MemberData(nameof(ForbiddenPrefixes))]
    public void SdkAssembly_DoesNotReferenceInfrastructure(string forbiddenPrefix)
    {
        var offenders = AssemblyReferences.Of(SdkAssemblyPath)
            .Where(reference => reference.Name!.StartsWith(forbiddenPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(reference => reference.FullName)
            .ToList();

        if (offenders.Count > 0)
        {
            Assert.Fail($"Facturation.Sdk.dll references {string.Join(", ", offenders)} ({forbiddenPrefix}*). "
                + "The SDK holds contracts only: move the code that needs it to the host or a plugin.");
        }
    }

    [Theory]
    [MemberData(nameof(ForbiddenPrefixes))]
    public void SdkPackageGraph_DoesNotContainInfrastructure(string forbiddenPrefix)
    {
        var assets = ProjectAssets.Read(RepositoryLayout.SdkProjectDirectory);

        var offenders = assets.Libraries
            .Where(library => library.Id.StartsWith(forbiddenPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(assets.Describe)
            .ToList();

        if (offenders.Count > 0)
        {
            Assert.Fail($"sdk/Facturation.Sdk restores {string.Join("; ", offenders)} ({forbiddenPrefix}*), even if no code uses it yet. "
                + "Every plugin would inherit it: remove the reference from Facturation.Sdk.csproj.");
        }
    }

    [Fact]
    public void SdkAssembly_ReferencesOnlyBclAndExtensionsAbstractions()
    {
        var offenders = AssemblyReferences.Of(SdkAssemblyPath)
            .Where(reference => !Forbidden.SdkAllowedReferences.Any(allowed => Matches(reference.Name!, allowed.Pattern)))
            .Select(reference => reference.FullName)
            .ToList();

        if (offenders.Count > 0)
        {
            Assert.Fail($"Facturation.Sdk.dll references {string.Join(", ", offenders)}. "
                + "The SDK may reference only the BCL (System.*, netstandard, mscorlib) and Microsoft.Extensions.*.Abstractions.");
        }
    }

    [Fact]
    public void SdkPackageGraph_HoldsOnlyBclAndExtensionsAbstractions()
    {
        var assets = ProjectAssets.Read(RepositoryLayout.SdkProjectDirectory);

        var offenders = assets.Libraries
            .Where(library => library.Type != "package" || !Forbidden.SdkAllowedPackages.Any(allowed => Matches(library.Id, allowed.Pattern)))
            .Select(assets.Describe)
            .ToList();

        if (offenders.Count > 0)
        {
            Assert.Fail($"sdk/Facturation.Sdk restores {string.Join("; ", offenders)}. "
                + "The SDK may depend only on BCL packages and Microsoft.Extensions.*.Abstractions, and on no project.");
        }
    }

    [Fact]
    public void SdkProject_UsesOnlyTheBaseSharedFramework()
    {
        var frameworks = ProjectAssets.Read(RepositoryLayout.SdkProjectDirectory).FrameworkReferences;

        Assert.True(
            frameworks.SetEquals(["Microsoft.NETCore.App"]),
            $"sdk/Facturation.Sdk references the shared frameworks {string.Join(", ", frameworks)}; only Microsoft.NETCore.App is allowed (no ASP.NET Core, no desktop).");
    }

    [Fact]
    public void SdkAssemblyReferences_AreReadFromMetadata()
    {
        // Guards the checks above against passing on an empty list.
        var names = AssemblyReferences.Of(SdkAssemblyPath).Select(reference => reference.Name).ToList();

        Assert.Contains("System.Runtime", names);
        Assert.Contains("Microsoft.Extensions.DependencyInjection.Abstractions", names);
    }

    [Fact]
    public void SdkPackageGraph_IsReadFromAssetsFile()
    {
        var assets = ProjectAssets.Read(RepositoryLayout.SdkProjectDirectory);

        Assert.Contains(assets.Libraries, library => library.Id == "Microsoft.Extensions.DependencyInjection.Abstractions" && library.Type == "package");
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", assets.DependentsOf("Microsoft.Extensions.DependencyInjection.Abstractions"));
    }

    private static bool Matches(string name, string pattern) =>
        Regex.IsMatch(name, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
