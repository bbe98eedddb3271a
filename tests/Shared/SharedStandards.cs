namespace Facturation.Tests.Shared;

/// <summary>
/// The official schemas, samples and Schematron the conformance tests read: the repository's <c>standards/</c> folder
/// (beside Facturation.Modular.sln; source, version and licence of each file in its README). Linked into the test
/// projects that need it, so the location is decided in one place.
/// </summary>
internal static class SharedStandards
{
    /// <summary>The standards folder (<c>xsd/</c>, <c>samples/</c>, <c>schematron/</c>).</summary>
    public static string Folder { get; } = Locate();

    /// <summary>A file or folder under the standards folder, e.g. <c>xsd/cii-d16b</c>.</summary>
    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Facturation.Modular.sln")))
                return Path.Combine(directory.FullName, "standards");
        }
        throw new DirectoryNotFoundException("The repository root (Facturation.Modular.sln) was not found above " + AppContext.BaseDirectory);
    }
}
