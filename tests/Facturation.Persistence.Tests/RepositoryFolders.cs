namespace Facturation.Persistence.Tests;

/// <summary>Folders of the repository the tests read (found above the test output, beside Facturation.Modular.sln).</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string CompiledModel => Path.Combine(Root, "host", "Facturation.Persistence", "CompiledModel");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Facturation.Modular.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Repository root (Facturation.Modular.sln) not found above " + AppContext.BaseDirectory);
    }
}
