namespace Facturation.PluginTemplate.Tests;

/// <summary>Finds the checkout the tests run from, so they use its template folder and its freshly packed SDK.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Facturation.Modular.sln";

    public static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds {SolutionFile}.");
    }
}
