using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>
/// Reads an entry assembly's metadata without running it: which SDK version it was built against and which
/// types implement <see cref="IPluginEntry"/>.
/// </summary>
public static class EntryAssemblyInspector
{
    /// <summary>What the metadata says.</summary>
    /// <param name="SdkReference">Version of the Facturation.Sdk reference, or <see langword="null"/> when none.</param>
    /// <param name="EntryTypes">Full names of public non-abstract classes that list <see cref="IPluginEntry"/> among their interfaces.</param>
    public sealed record Inspection(Version? SdkReference, IReadOnlyList<string> EntryTypes);

    /// <summary>Inspects an assembly file.</summary>
    /// <param name="path">The .dll.</param>
    /// <returns>The inspection.</returns>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static Inspection Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            throw new BadImageFormatException($"'{Path.GetFileName(path)}' is not a .NET assembly.");
        var reader = pe.GetMetadataReader();
        var sdk = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
            .Where(r => reader.GetString(r.Name) == "Facturation.Sdk")
            .Select(r => r.Version).FirstOrDefault();
        var entryTypes = new List<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var attributes = type.Attributes;
            if ((attributes & System.Reflection.TypeAttributes.Public) == 0 || (attributes & System.Reflection.TypeAttributes.Abstract) != 0)
                continue;
            var implementsEntry = type.GetInterfaceImplementations()
                .Select(i => reader.GetInterfaceImplementation(i).Interface)
                .Any(i => i.Kind == HandleKind.TypeReference && IsPluginEntry(reader, (TypeReferenceHandle)i));
            if (implementsEntry)
                entryTypes.Add($"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}");
        }
        return new Inspection(sdk, entryTypes);
    }

    private static bool IsPluginEntry(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        return reader.GetString(reference.Name) == nameof(IPluginEntry)
            && reader.GetString(reference.Namespace) == typeof(IPluginEntry).Namespace;
    }
}
