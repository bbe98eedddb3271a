using System.Text.Json;

namespace Facturation.Sdk.Tests.Conventions;

/// <summary>
/// What NuGet resolved for a project (its <c>obj/project.assets.json</c>): every package and project in its
/// graph, transitively, even those whose assemblies the compiler drops because no code uses them.
/// </summary>
internal sealed class ProjectAssets
{
    private readonly Dictionary<string, List<string>> _dependents = new(StringComparer.OrdinalIgnoreCase);

    private ProjectAssets(string projectDirectory, JsonElement root)
    {
        foreach (var library in root.GetProperty("libraries").EnumerateObject())
        {
            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            var type = library.Value.GetProperty("type").GetString() ?? string.Empty;
            var path = library.Value.TryGetProperty("path", out var relative) ? relative.GetString() ?? string.Empty : string.Empty;
            Libraries.Add(new AssetLibrary(
                library.Name[..slash],
                library.Name[(slash + 1)..],
                type,
                type == "project" ? Path.GetFullPath(Path.Combine(projectDirectory, path)) : null));
        }
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("dependencies", out var dependencies))
                    continue;
                var id = library.Name[..library.Name.IndexOf('/', StringComparison.Ordinal)];
                foreach (var dependency in dependencies.EnumerateObject())
                    Dependents(dependency.Name).Add(id);
            }
        }
        foreach (var framework in root.GetProperty("project").GetProperty("frameworks").EnumerateObject())
        {
            if (framework.Value.TryGetProperty("frameworkReferences", out var references))
                FrameworkReferences.UnionWith(references.EnumerateObject().Select(r => r.Name));
        }
    }

    /// <summary>Every package and project of the restore graph.</summary>
    public List<AssetLibrary> Libraries { get; } = [];

    /// <summary>Shared frameworks the project references, e.g. <c>Microsoft.NETCore.App</c>.</summary>
    public SortedSet<string> FrameworkReferences { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the assets file of a project folder.</summary>
    /// <param name="projectDirectory">The folder holding the .csproj.</param>
    /// <returns>The resolved graph.</returns>
    public static ProjectAssets Read(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, "obj", "project.assets.json");
        if (!File.Exists(path))
            throw new FileNotFoundException($"{RepositoryLayout.Relative(path)} is missing: restore the project first (dotnet restore).", path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new ProjectAssets(projectDirectory, document.RootElement);
    }

    /// <summary>The packages that depend on <paramref name="id"/>, to say how a package got into the graph.</summary>
    /// <param name="id">A package id.</param>
    /// <returns>The dependents; empty for a direct reference.</returns>
    public IReadOnlyList<string> DependentsOf(string id) =>
        _dependents.TryGetValue(id, out var dependents) ? [.. dependents.Distinct(StringComparer.OrdinalIgnoreCase)] : [];

    /// <summary>How a library got into the graph, for failure messages.</summary>
    /// <param name="library">A library of the graph.</param>
    /// <returns>E.g. <c>Serilog/3.1.1 (via Serilog.Extensions.Logging)</c> or <c>Serilog/3.1.1 (direct reference)</c>.</returns>
    public string Describe(AssetLibrary library)
    {
        var dependents = DependentsOf(library.Id);
        var origin = dependents.Count == 0 ? "direct reference" : "via " + string.Join(", ", dependents);
        return $"{library.Id}/{library.Version} ({library.Type}, {origin})";
    }

    private List<string> Dependents(string id)
    {
        if (!_dependents.TryGetValue(id, out var list))
            _dependents[id] = list = [];
        return list;
    }
}
