using System.Reflection;
using System.Runtime.Versioning;

namespace Facturation.Sdk.Tests;

/// <summary>Where the repository's projects and build outputs are, seen from the running test assembly.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "Facturation.Modular.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds <c>Facturation.Modular.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The SDK project's folder.</summary>
    public static string SdkProjectDirectory => Path.Combine(Root, "sdk", "Facturation.Sdk");

    /// <summary>The host projects' folder.</summary>
    public static string HostDirectory => Path.Combine(Root, "host");

    /// <summary>The configuration these tests were built in (Debug, Release): plugins are built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("The test assembly has no AssemblyConfigurationAttribute.");

    /// <summary>The target framework folder name of this build, e.g. <c>net10.0</c>.</summary>
    public static string TargetFramework { get; } = ReadTargetFramework();

    /// <summary>Every bundled plugin project, <c>plugins/*/*.csproj</c>, sorted.</summary>
    public static IReadOnlyList<string> PluginProjects() =>
        [.. Directory.EnumerateDirectories(Path.Combine(Root, "plugins"))
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*.csproj"))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every host project, <c>host/*/*.csproj</c>, sorted.</summary>
    public static IReadOnlyList<string> HostProjects() =>
        [.. Directory.EnumerateDirectories(HostDirectory)
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*.csproj"))
            .Order(StringComparer.Ordinal)];

    /// <summary>A path relative to the repository root with forward slashes, for messages.</summary>
    /// <param name="path">An absolute path.</param>
    /// <returns>The relative path.</returns>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: run the tests from the repository.");
    }

    private static string ReadTargetFramework()
    {
        var attribute = typeof(RepositoryLayout).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()
            ?? throw new InvalidOperationException("The test assembly has no TargetFrameworkAttribute.");
        var version = new FrameworkName(attribute.FrameworkName).Version;
        return $"net{version.Major}.{version.Minor}";
    }
}
