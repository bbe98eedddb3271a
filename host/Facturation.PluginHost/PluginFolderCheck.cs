using Facturation.Sdk;
using Microsoft.Extensions.Logging.Abstractions;

namespace Facturation.PluginHost;

/// <summary>
/// Checks a plugin folder the way the host would load it, without touching a running host: manifest, SDK range,
/// entry assembly and class (read from metadata), then a trial activation in a throw-away context.
/// </summary>
public static class PluginFolderCheck
{
    /// <summary>Checks <paramref name="folder"/>.</summary>
    /// <param name="folder">The plugin folder.</param>
    /// <param name="timeProvider">Clock handed to the plugin during the trial activation.</param>
    /// <returns>Errors, warnings and provided areas.</returns>
    public static PluginCheckReport Check(string folder, TimeProvider timeProvider)
    {
        var fullPath = Path.GetFullPath(folder);
        var errors = new List<string>();
        var warnings = new List<string>();
        if (!Directory.Exists(fullPath))
            return new PluginCheckReport(fullPath, null, [$"folder '{fullPath}' does not exist"], [], []);

        var read = PluginManifestReader.ReadFolder(fullPath);
        if (!read.Succeeded)
            return new PluginCheckReport(fullPath, null, read.Errors.Select(e => "plugin.json: " + e).ToList(), [], []);
        var manifest = read.Manifest!;

        if (SdkRangeCheck.Refusal(manifest.SdkVersions) is { } refusal)
            errors.Add("plugin.json 'sdk': " + refusal);
        if (!string.Equals(Path.GetFileName(fullPath), manifest.Id, StringComparison.Ordinal))
            warnings.Add($"folder name '{Path.GetFileName(fullPath)}' differs from the id '{manifest.Id}'; install it as plugins/{manifest.Id}/");
        if (File.Exists(Path.Combine(fullPath, "Facturation.Sdk.dll")))
            warnings.Add("Facturation.Sdk.dll is in the folder: it is ignored, the host's SDK is used (reference the SDK with ExcludeAssets=runtime)");
        var depsFile = Path.ChangeExtension(manifest.EntryAssembly, ".deps.json");
        if (!File.Exists(Path.Combine(fullPath, depsFile)))
            warnings.Add($"{depsFile} is missing: the plugin's own dependencies will not be resolved from its folder");
        foreach (var dependency in manifest.Dependencies)
            warnings.Add($"needs plugin '{dependency.Id}' {dependency.Versions} installed beside it");

        var entryPath = Path.Combine(fullPath, manifest.EntryAssembly);
        if (!File.Exists(entryPath))
        {
            errors.Add($"plugin.json 'entryAssembly': '{manifest.EntryAssembly}' is missing from the folder");
            return new PluginCheckReport(fullPath, manifest, errors, warnings, []);
        }
        InspectMetadata(entryPath, manifest, errors);
        if (errors.Count > 0)
            return new PluginCheckReport(fullPath, manifest, errors, warnings, []);
        return TrialActivation(fullPath, manifest, timeProvider, errors, warnings);
    }

    private static void InspectMetadata(string entryPath, Sdk.Plugins.PluginManifest manifest, List<string> errors)
    {
        try
        {
            var inspection = EntryAssemblyInspector.Inspect(entryPath);
            if (inspection.SdkReference is null)
                errors.Add($"'{manifest.EntryAssembly}' does not reference Facturation.Sdk");
            else if (inspection.SdkReference.Major != SdkInfo.Version.Major)
                errors.Add($"'{manifest.EntryAssembly}' was built against Facturation.Sdk {inspection.SdkReference}, major version differs from the host's {SdkInfo.Version}");
            if (manifest.EntryType is null && inspection.EntryTypes.Count != 1)
                errors.Add(inspection.EntryTypes.Count == 0
                    ? $"'{manifest.EntryAssembly}' has no public class implementing IPluginEntry"
                    : $"'{manifest.EntryAssembly}' has several entry classes ({string.Join(", ", inspection.EntryTypes)}); name one in plugin.json 'entryType'");
        }
        catch (BadImageFormatException ex)
        {
            errors.Add($"'{manifest.EntryAssembly}' is not a .NET assembly: {ex.Message}");
        }
    }

    private static PluginCheckReport TrialActivation(
        string folder, Sdk.Plugins.PluginManifest manifest, TimeProvider timeProvider, List<string> errors, List<string> warnings)
    {
        var activator = new PluginActivator(NullLoggerFactory.Instance, timeProvider);
        try
        {
            var plugin = activator.Activate(folder, manifest);
            var areas = plugin.Areas;
            if (areas.Count == 0)
                warnings.Add("the entry class registers no SDK contract: the plugin provides nothing to the host");
            plugin.Unload();
            return new PluginCheckReport(folder, manifest, errors, warnings, areas);
        }
        catch (PluginActivationException ex)
        {
            errors.Add($"{ex.Failure}: {ex.Message}");
            return new PluginCheckReport(folder, manifest, errors, warnings, []);
        }
    }
}
