namespace Facturation.Persistence;

/// <summary>
/// Where the product keeps its data: <c>FACTURATION_DATA</c> when set, otherwise the user's data folder
/// (<c>~/.local/share/facturation</c> on Linux).
/// </summary>
public static class DataPaths
{
    /// <summary>The data folder.</summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("FACTURATION_DATA") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "facturation");

    /// <summary>A path relative to the data folder, or unchanged when absolute.</summary>
    /// <param name="path">Configured path.</param>
    /// <returns>Absolute path.</returns>
    public static string Resolve(string path) => Path.GetFullPath(path, DataDirectory);
}
