namespace Facturation.PluginHost;

/// <summary>
/// Orders plugins so that each comes after the plugins it depends on, and rejects those whose dependencies
/// cannot be met (absent, disabled, failed, wrong version, cycle).
/// </summary>
internal static class DependencyOrder
{
    /// <summary>Returns the candidates in load order; rejected ones are reported through <paramref name="reject"/>.</summary>
    public static List<PluginCandidate> Sort(
        IReadOnlyList<PluginCandidate> candidates,
        IReadOnlyDictionary<string, PluginRecord> unavailable,
        Action<PluginCandidate, string> reject)
    {
        var byId = candidates.ToDictionary(c => c.Manifest.Id, StringComparer.Ordinal);
        var ordered = new List<PluginCandidate>();
        var state = new Dictionary<string, VisitState>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);

        foreach (var candidate in candidates.OrderBy(c => c.Manifest.Id, StringComparer.Ordinal))
            Visit(candidate, []);
        return ordered;

        bool Visit(PluginCandidate candidate, List<string> path)
        {
            var id = candidate.Manifest.Id;
            if (rejected.Contains(id))
                return false;
            if (state.TryGetValue(id, out var visit))
            {
                if (visit == VisitState.Done)
                    return true;
                var cycle = string.Join(" -> ", path.SkipWhile(p => p != id).Append(id));
                foreach (var member in path.SkipWhile(p => p != id))
                    Reject(byId[member], $"dependency cycle: {cycle}");
                return false;
            }
            state[id] = VisitState.InProgress;
            path.Add(id);
            foreach (var dependency in candidate.Manifest.Dependencies)
            {
                string? problem = null;
                if (byId.TryGetValue(dependency.Id, out var required))
                {
                    if (!dependency.Versions.Contains(required.Manifest.Version))
                        problem = $"requires plugin '{dependency.Id}' {dependency.Versions} but version {required.Manifest.Version} is installed";
                    else if (!Visit(required, path))
                        problem = rejected.Contains(id) ? null : $"requires plugin '{dependency.Id}', which failed to load";
                }
                else if (unavailable.TryGetValue(dependency.Id, out var record))
                {
                    problem = record.Status == PluginStatus.Disabled
                        ? $"requires plugin '{dependency.Id}', which is disabled by configuration"
                        : $"requires plugin '{dependency.Id}', which failed to load: {record.Reason}";
                }
                else
                {
                    problem = $"requires plugin '{dependency.Id}' {dependency.Versions}, which is not installed";
                }
                if (problem is not null || rejected.Contains(id))
                {
                    if (problem is not null)
                        Reject(candidate, problem);
                    path.RemoveAt(path.Count - 1);
                    return false;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[id] = VisitState.Done;
            ordered.Add(candidate);
            return true;
        }

        void Reject(PluginCandidate candidate, string reason)
        {
            if (rejected.Add(candidate.Manifest.Id))
                reject(candidate, reason);
        }
    }

    private enum VisitState
    {
        InProgress,
        Done,
    }
}
