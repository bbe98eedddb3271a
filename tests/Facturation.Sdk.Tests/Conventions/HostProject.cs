using System.Xml.Linq;

namespace Facturation.Sdk.Tests.Conventions;

/// <summary>Reads the assembly names a host project produces.</summary>
internal static class HostProject
{
    /// <summary>The project's name and, when it sets one, its <c>AssemblyName</c> (the exe is <c>facturation</c>).</summary>
    /// <param name="projectPath">Path of a .csproj under <c>host/</c>.</param>
    /// <returns>The names.</returns>
    public static IEnumerable<string> AssemblyNames(string projectPath)
    {
        yield return Path.GetFileNameWithoutExtension(projectPath);
        var declared = XDocument.Load(projectPath).Descendants()
            .Where(element => element.Name.LocalName == "AssemblyName")
            .Select(element => element.Value.Trim())
            .Where(name => name.Length > 0 && !name.Contains("$(", StringComparison.Ordinal));
        foreach (var name in declared)
            yield return name;
    }
}
