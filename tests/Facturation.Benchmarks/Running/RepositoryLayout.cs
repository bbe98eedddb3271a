using System.Reflection;

namespace Facturation.Benchmarks.Running;

/// <summary>Where the repository and the host built in the same configuration as this driver are.</summary>
/// <param name="Root">Folder holding Facturation.Modular.sln.</param>
/// <param name="Configuration">Build configuration of this driver (Debug or Release), hence of the host it measures.</param>
internal sealed record RepositoryLayout(string Root, string Configuration)
{
    private const string SolutionFile = "Facturation.Modular.sln";

    /// <summary>The host's folder under bin/, with the bundled plugins in plugins/.</summary>
    public string HostOutput => Path.Combine(Root, "host", "Facturation.Host", "bin", Configuration, "net10.0");

    /// <summary>The host's apphost (the <c>facturation</c> executable).</summary>
    public string HostExecutable => Path.Combine(HostOutput, OperatingSystem.IsWindows() ? "facturation.exe" : "facturation");

    /// <summary>Walks up from this driver's folder to the solution file.</summary>
    public static RepositoryLayout Locate()
    {
        var configuration = typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? throw new BenchmarkAbortedException("This driver's assembly has no AssemblyConfigurationAttribute.");
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                return new RepositoryLayout(folder.FullName, configuration);
        }
        throw new BenchmarkAbortedException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }

    /// <summary>Fails clearly when the host has not been built in this configuration.</summary>
    public string RequireHostExecutable()
    {
        if (!File.Exists(HostExecutable))
            throw new BenchmarkAbortedException(
                $"Host not built: {HostExecutable} is missing. Run `dotnet build -c {Configuration} host/Facturation.Host` first.");
        return HostExecutable;
    }

    /// <summary>A path relative to the repository root, for reports.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
