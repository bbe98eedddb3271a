using System.Text.Json.Nodes;
using Facturation.PluginHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.PluginHost.Tests;

/// <summary>A throw-away plugins folder composed from the built fixture plugins, for one test.</summary>
public sealed class PluginsFolder : IDisposable
{
    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "fixtures");

    public PluginsFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "facturation-plugins-" + Guid.NewGuid().ToString("N"));

    /// <summary>Copies a built fixture into <c>Root/folderName</c> (default: the fixture id).</summary>
    public string Add(string fixtureId, string? folderName = null)
    {
        var source = Path.Combine(FixturesRoot, fixtureId);
        if (!Directory.Exists(source))
            throw new InvalidOperationException($"Fixture '{fixtureId}' was not built into {FixturesRoot}.");
        var target = Path.Combine(Root, folderName ?? fixtureId);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    /// <summary>Changes the plugin.json of a folder.</summary>
    public void EditManifest(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(Root, folder, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public PluginRuntime Load(params string[] disabled) =>
        new PluginLoader(new PluginActivator(NullLoggerFactory.Instance, TimeProvider.System), NullLogger<PluginLoader>.Instance)
            .LoadAll(Root, disabled);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: an assembly still mapped by a not-yet-collected context keeps its file busy on some systems.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
