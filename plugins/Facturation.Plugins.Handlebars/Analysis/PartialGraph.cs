using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Handlebars.Analysis;

/// <summary>
/// Checks what spans templates: every called partial exists, no partial includes itself (directly or through others:
/// recursion is refused here because a stack overflow at render time would kill the process), and the nesting of
/// blocks and partials stays within the limit.
/// </summary>
/// <remarks>
/// The partial graph being acyclic, the deepest nesting a render can reach is known from the text alone: it is a
/// property of the template, the same for every invoice.
/// </remarks>
internal static class PartialGraph
{
    public static GraphCheck Check(UnitAnalysis main, IReadOnlyDictionary<string, UnitAnalysis> partials, int depthLimit)
    {
        var errors = new List<TemplateError>();
        var units = partials.Values.Prepend(main).ToList();
        foreach (var (name, partial) in partials.Where(partial => partial.Key.Length == 0 || partial.Key.StartsWith('@') || partial.Key.Any(char.IsWhiteSpace)))
        {
            // '@' names are Handlebars' own (@partial-block): a partial named so would escape the recursion check.
            errors.Add(Error(partial, 0, $"'{name}' is not a partial name: it must not be empty, start with '@' or contain spaces."));
        }

        var known = partials.Count == 0
            ? "This template has no partials."
            : "Its partials are: " + string.Join(", ", partials.Keys.Order(StringComparer.Ordinal)) + ".";
        foreach (var unit in units)
        {
            foreach (var step in unit.Steps.Where(step => step.Callee is not null && !partials.ContainsKey(step.Callee)))
            {
                errors.Add(Error(unit, step.Offset, $"Unknown partial '{step.Callee}'. {known}"));
            }
        }

        var depths = new Dictionary<UnitAnalysis, int>();
        var recursive = FindCycles(units, partials, depths, errors);
        var mainDepth = recursive ? 0 : depths[main];
        if (!recursive)
        {
            foreach (var unit in units)
            {
                var tooDeep = unit.Steps.FirstOrDefault(step =>
                    Contribution(step, partials, depths) > depthLimit && !ExplainedByCallee(step, partials, depths, depthLimit));
                if (tooDeep is not null)
                {
                    var reached = Contribution(tooDeep, partials, depths);
                    errors.Add(Error(unit, tooDeep.Offset,
                        $"Blocks and partials nest {reached} levels deep here; the limit is {depthLimit}."));
                }
            }
        }

        var deepest = main.Steps.FirstOrDefault(step => Contribution(step, partials, depths) == mainDepth);
        var deepestAt = deepest is null ? new TemplateError(string.Empty, 0, 0, main.Unit.Name) : Error(main, deepest.Offset, string.Empty);
        return new GraphCheck(errors, mainDepth, deepestAt);
    }

    /// <summary>Depth-first walk (iterative: a hostile chain of partials must not overflow this stack either).</summary>
    /// <returns>Whether a cycle was found; otherwise <paramref name="depths"/> holds every unit's nesting depth.</returns>
    private static bool FindCycles(
        List<UnitAnalysis> units, IReadOnlyDictionary<string, UnitAnalysis> partials, Dictionary<UnitAnalysis, int> depths, List<TemplateError> errors)
    {
        var onPath = new HashSet<UnitAnalysis>();
        var done = new HashSet<UnitAnalysis>();
        var found = false;
        foreach (var root in units)
        {
            if (done.Contains(root))
            {
                continue;
            }

            var path = new List<(UnitAnalysis Unit, int NextStep)> { (root, 0) };
            onPath.Add(root);
            while (path.Count > 0)
            {
                var (unit, next) = path[^1];
                if (next >= unit.Steps.Count)
                {
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(unit);
                    done.Add(unit);
                    if (!found)
                    {
                        depths[unit] = unit.Steps.Select(step => Contribution(step, partials, depths)).DefaultIfEmpty(0).Max();
                    }

                    continue;
                }

                path[^1] = (unit, next + 1);
                var step = unit.Steps[next];
                if (step.Callee is null || !partials.TryGetValue(step.Callee, out var callee) || done.Contains(callee))
                {
                    continue;
                }

                if (onPath.Contains(callee))
                {
                    found = true;
                    var start = path.FindIndex(entry => entry.Unit == callee);
                    var cycle = path.Skip(start).Select(entry => entry.Unit.Unit.Name).Append(callee.Unit.Name);
                    errors.Add(Error(unit, step.Offset,
                        $"Recursive partial: {string.Join(" -> ", cycle)}. A partial cannot include itself, directly or through other partials."));
                    continue;
                }

                path.Add((callee, 0));
                onPath.Add(callee);
            }
        }

        return found;
    }

    private static int Contribution(NestingStep step, IReadOnlyDictionary<string, UnitAnalysis> partials, Dictionary<UnitAnalysis, int> depths)
    {
        var total = step.Depth;
        if (step.Callee is not null)
        {
            total += 1 + DepthOf(step.Callee, partials, depths);
        }

        return total + step.ThroughNames.Sum(name => DepthOf(name, partials, depths));
    }

    // A step that is too deep only because a partial it calls is too deep by itself: that partial reports it.
    private static bool ExplainedByCallee(
        NestingStep step, IReadOnlyDictionary<string, UnitAnalysis> partials, Dictionary<UnitAnalysis, int> depths, int depthLimit) =>
        step.ThroughNames.Append(step.Callee).OfType<string>().Any(name => DepthOf(name, partials, depths) > depthLimit);

    private static int DepthOf(string name, IReadOnlyDictionary<string, UnitAnalysis> partials, Dictionary<UnitAnalysis, int> depths) =>
        partials.TryGetValue(name, out var unit) && depths.TryGetValue(unit, out var depth) ? depth : 0;

    private static TemplateError Error(UnitAnalysis unit, int offset, string message)
    {
        var (line, column) = unit.Lines.Locate(offset);
        return new TemplateError(message, line, column, unit.Unit.Name);
    }
}
