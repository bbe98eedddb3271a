namespace Facturation.Sdk.Tests.Conventions;

public class PluginBoundaryTests
{
    // The fixed names, plus whatever host-side library is added under host/ later (project name or <AssemblyName>).
    private static readonly HashSet<string> HostAssemblyNames = new(
        Forbidden.HostAssemblies.Concat(RepositoryLayout.HostProjects().SelectMany(HostProject.AssemblyNames)),
        StringComparer.OrdinalIgnoreCase);

    public static TheoryData<string> Plugins => [.. RepositoryLayout.PluginProjects().Select(RepositoryLayout.Relative)];

    [Theory]
    [MemberData(nameof(Plugins))]
    public void PluginProject_DeclaresNoProjectReferenceIntoHost(string project)
    {
        var offenders = PluginProject.At(project).DeclaredProjectReferences().Where(IsUnderHost).Select(RepositoryLayout.Relative).ToList();

        if (offenders.Count > 0)
            Assert.Fail($"{project} has a ProjectReference to {string.Join(", ", offenders)}. Plugins reference the SDK only, never the host.");
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void PluginProjectGraph_ContainsNoHostProject(string project)
    {
        // The restore graph also sees references added by imported props/targets and transitive ones.
        var offenders = ProjectAssets.Read(PluginProject.At(project).Directory).Libraries
            .Where(library => library.ProjectPath is not null && IsUnderHost(library.ProjectPath))
            .Select(library => RepositoryLayout.Relative(library.ProjectPath!))
            .ToList();

        if (offenders.Count > 0)
            Assert.Fail($"{project} depends (directly, through an import or transitively) on {string.Join(", ", offenders)}. Plugins reference the SDK only, never the host.");
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void PluginAssembly_DoesNotReferenceHostAssemblies(string project)
    {
        var names = ReferencedNames(PluginProject.At(project));

        var offenders = names.Where(name => HostAssemblyNames.Contains(name)).ToList();

        if (offenders.Count > 0)
            Assert.Fail($"The assembly of {project} references {string.Join(", ", offenders)}. Plugins talk to the host through SDK contracts only.");
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void PluginAssembly_ReferencesTheSdk(string project)
    {
        // Also guards the check above against passing on an empty or unreadable reference list.
        Assert.Contains("Facturation.Sdk", ReferencedNames(PluginProject.At(project)));
    }

    [Fact]
    public void HostAssemblyNames_IncludeTheExeAndTheLoader()
    {
        Assert.Contains("facturation", HostAssemblyNames);
        Assert.Contains("Facturation.PluginHost", HostAssemblyNames);
        Assert.DoesNotContain("Facturation.Sdk", HostAssemblyNames);
    }

    private static List<string> ReferencedNames(PluginProject plugin)
    {
        if (!File.Exists(plugin.AssemblyPath))
        {
            Assert.Fail($"{RepositoryLayout.Relative(plugin.AssemblyPath)} is missing: build the plugin in {RepositoryLayout.Configuration} "
                + "(the test project builds every plugins/*/*.csproj before itself).");
        }
        return [.. AssemblyReferences.Of(plugin.AssemblyPath).Select(reference => reference.Name!)];
    }

    private static bool IsUnderHost(string path) =>
        Path.GetFullPath(path).StartsWith(RepositoryLayout.HostDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
