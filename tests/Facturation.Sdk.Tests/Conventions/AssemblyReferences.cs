using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Facturation.Sdk.Tests.Conventions;

/// <summary>Reads the assemblies a compiled assembly references, from its metadata, without loading it.</summary>
internal static class AssemblyReferences
{
    /// <summary>The referenced assembly names of an assembly file.</summary>
    /// <param name="path">Path of the .dll.</param>
    /// <returns>The references, sorted by name.</returns>
    public static IReadOnlyList<AssemblyName> Of(string path)
    {
        using var stream = File.OpenRead(path);
        using var portableExecutable = new PEReader(stream);
        var metadata = portableExecutable.GetMetadataReader();
        return [.. metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName())
            .OrderBy(name => name.Name, StringComparer.Ordinal)];
    }
}
