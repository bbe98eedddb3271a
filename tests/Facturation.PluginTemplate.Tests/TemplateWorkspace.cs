namespace Facturation.PluginTemplate.Tests;

/// <summary>
/// A fresh folder outside the repository (so none of its Directory.Build.props, packages props or nuget.config
/// apply), holding a private template hive, the generated solution and a host plugins folder.
/// </summary>
internal sealed class TemplateWorkspace : IDisposable
{
    public TemplateWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "facturation-template-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Hive);
        Directory.CreateDirectory(PluginsDirectory);
    }

    public string Root { get; }

    /// <summary>Template registrations of this run only; the user's own `dotnet new` list is left alone.</summary>
    public string Hive => Path.Combine(Root, "hive");

    public string PluginsDirectory => Path.Combine(Root, "plugins");

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp folder must not turn a passing run into a failure.
        }
    }
}
