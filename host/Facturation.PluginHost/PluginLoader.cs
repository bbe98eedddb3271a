using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Facturation.PluginHost;

/// <summary>
/// Discovers the plugin folders, rejects what does not fit (with a reason per case), orders the rest by their
/// dependencies and activates them. A broken plugin never stops the others or the host.
/// </summary>
public sealed class PluginLoader(PluginActivator activator, ILogger<PluginLoader> logger)
{
    /// <summary>Loads every plugin found in <paramref name="pluginsDirectory"/>.</summary>
    /// <param name="pluginsDirectory">Absolute folder with one sub-folder per plugin; a missing folder means no plugins.</param>
    /// <param name="disabledIds">Ids turned off by configuration.</param>
    /// <returns>The running plugins and the catalogue of every folder's outcome.</returns>
    public PluginRuntime LoadAll(string pluginsDirectory, IEnumerable<string> disabledIds)
    {
        ArgumentNullException.ThrowIfNull(disabledIds);
        var stopwatch = Stopwatch.StartNew();
        var disabled = new HashSet<string>(disabledIds, StringComparer.Ordinal);
        var records = new Dictionary<string, PluginRecord>(StringComparer.Ordinal);
        var candidates = new List<PluginCandidate>();

        if (!Directory.Exists(pluginsDirectory))
            logger.LogWarning("Plugins folder {Directory} does not exist: no plugin loaded", pluginsDirectory);
        else
            Discover(pluginsDirectory, disabled, records, candidates);

        var unavailable = records.Values.Where(r => r.Manifest is not null)
            .GroupBy(r => r.Manifest!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ordered = DependencyOrder.Sort(candidates, unavailable, (candidate, reason) =>
            records[candidate.Folder] = Failed(candidate, PluginFailure.DependencyNotSatisfied, reason));

        var loaded = new List<LoadedPlugin>();
        foreach (var candidate in ordered)
            records[candidate.Folder] = Activate(candidate, records, loaded);

        var catalog = new PluginCatalog(
            records.Values.OrderBy(r => Path.GetFileName(r.Folder), StringComparer.Ordinal).ToList(), stopwatch.Elapsed);
        foreach (var failed in catalog.Failed)
            logger.LogError("Plugin {PluginId} not loaded ({Failure}): {Reason}", failed.Id, failed.Failure, failed.Reason);
        logger.LogInformation("Plugins loaded: {Loaded} of {Total} in {Elapsed:0.0} ms",
            catalog.Loaded.Count(), catalog.Plugins.Count, stopwatch.Elapsed.TotalMilliseconds);
        return new PluginRuntime(catalog, loaded);
    }

    private static void Discover(string pluginsDirectory, HashSet<string> disabled,
        Dictionary<string, PluginRecord> records, List<PluginCandidate> candidates)
    {
        var valid = new List<PluginCandidate>();
        foreach (var folder in Directory.EnumerateDirectories(pluginsDirectory).Order(StringComparer.Ordinal))
        {
            var read = PluginManifestReader.ReadFolder(folder);
            if (!read.Succeeded)
            {
                records[folder] = new PluginRecord(folder, null, PluginStatus.Failed, PluginFailure.InvalidManifest,
                    "invalid plugin.json: " + string.Join(" ", read.Errors));
                continue;
            }
            var candidate = new PluginCandidate(folder, read.Manifest!);
            if (SdkRangeCheck.Refusal(candidate.Manifest.SdkVersions) is { } refusal)
            {
                records[folder] = Failed(candidate, PluginFailure.SdkVersionNotSupported, refusal);
                continue;
            }
            valid.Add(candidate);
        }

        foreach (var group in valid.GroupBy(c => c.Manifest.Id, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                var folders = string.Join(", ", group.Select(c => Path.GetFileName(c.Folder)));
                foreach (var duplicate in group)
                    records[duplicate.Folder] = Failed(duplicate, PluginFailure.DuplicateId, $"duplicate id '{group.Key}' declared by folders {folders}; remove all but one");
                continue;
            }
            var candidate = group.Single();
            if (disabled.Contains(candidate.Manifest.Id))
            {
                records[candidate.Folder] = new PluginRecord(candidate.Folder, candidate.Manifest, PluginStatus.Disabled, PluginFailure.None, "disabled by configuration (Plugins:Disabled)");
                continue;
            }
            records[candidate.Folder] = new PluginRecord(candidate.Folder, candidate.Manifest, PluginStatus.Failed, PluginFailure.None, "not loaded yet");
            candidates.Add(candidate);
        }
    }

    private PluginRecord Activate(PluginCandidate candidate, Dictionary<string, PluginRecord> records, List<LoadedPlugin> loaded)
    {
        // A dependency ordered earlier may still have failed while activating.
        foreach (var dependency in candidate.Manifest.Dependencies)
        {
            if (loaded.Any(p => p.PluginContext.Manifest.Id == dependency.Id))
                continue;
            var reason = records.Values.FirstOrDefault(r => r.Manifest?.Id == dependency.Id)?.Reason;
            return Failed(candidate, PluginFailure.DependencyNotSatisfied, $"requires plugin '{dependency.Id}', which failed to load: {reason}");
        }
        try
        {
            var plugin = activator.Activate(candidate.Folder, candidate.Manifest);
            loaded.Add(plugin);
            return new PluginRecord(candidate.Folder, candidate.Manifest, PluginStatus.Loaded, PluginFailure.None, null) { Areas = plugin.Areas };
        }
        catch (PluginActivationException ex)
        {
            return Failed(candidate, ex.Failure, ex.Message);
        }
    }

    private static PluginRecord Failed(PluginCandidate candidate, PluginFailure failure, string reason) =>
        new(candidate.Folder, candidate.Manifest, PluginStatus.Failed, failure, reason);
}
