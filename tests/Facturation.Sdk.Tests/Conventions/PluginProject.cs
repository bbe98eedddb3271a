using System.Text.Json;
using System.Xml.Linq;

namespace Facturation.Sdk.Tests.Conventions;

/// <summary>A bundled plugin project under <c>plugins/</c>: its declared references and its built assembly.</summary>
internal sealed class PluginProject
{
    private PluginProject(string projectPath)
    {
        ProjectPath = projectPath;
        Directory = Path.GetDirectoryName(projectPath)!;
    }

    /// <summary>Absolute path of the .csproj.</summary>
    public string ProjectPath { get; }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>The built plugin assembly for the configuration the tests run in.</summary>
    public string AssemblyPath =>
        Path.Combine(Directory, "bin", RepositoryLayout.Configuration, RepositoryLayout.TargetFramework, AssemblyFileName());

    /// <summary>The plugin at a path relative to the repository root.</summary>
    /// <param name="relativePath">E.g. <c>plugins/Facturation.Plugins.StandardVat/Facturation.Plugins.StandardVat.csproj</c>.</param>
    /// <returns>The plugin project.</returns>
    public static PluginProject At(string relativePath) => new(Path.GetFullPath(Path.Combine(RepositoryLayout.Root, relativePath)));

    /// <summary>The ProjectReference items written in the .csproj, resolved to absolute paths.</summary>
    /// <returns>The referenced project paths.</returns>
    public IReadOnlyList<string> DeclaredProjectReferences() =>
        [.. XDocument.Load(ProjectPath).Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => (string?)element.Attribute("Include") ?? string.Empty)
            .Select(include => include
                .Replace("$(RepoRoot)", RepositoryLayout.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                .Replace("$(MSBuildProjectDirectory)", Directory, StringComparison.Ordinal)
                .Replace('\\', Path.DirectorySeparatorChar))
            .Select(include => Path.GetFullPath(Path.Combine(Directory, include)))];

    // plugin.json names the entry assembly the host loads; without one the assembly is named after the project.
    private string AssemblyFileName()
    {
        var manifest = Path.Combine(Directory, "plugin.json");
        if (File.Exists(manifest))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            if (document.RootElement.TryGetProperty("entryAssembly", out var entry) && entry.GetString() is { Length: > 0 } name)
                return name;
        }
        return Path.GetFileNameWithoutExtension(ProjectPath) + ".dll";
    }
}
