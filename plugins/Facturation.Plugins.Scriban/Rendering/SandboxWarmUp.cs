using Facturation.Plugins.Scriban.Compilation;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>
/// One render of a small template through the sandbox, the first time the engine compiles, outside any document's
/// budget. The first render of a process otherwise pays for compiling Scriban's evaluation code (JIT): on a loaded
/// machine that takes seconds of wall-clock time, counted against the time limit of whichever document came first.
/// </summary>
internal static class SandboxWarmUp
{
    private const string Text = """
        {{~ for item in items ~}}
        <p class="{{ item.kind }}">{{ if item.flag }}{{ item.name | string.upcase }}{{ else if item.count > 1 }}{{ raw item.name }}{{ else }}{{ item.name }}{{ end }}</p>
        {{~ end ~}}
        {{ include "part" 1 }}{{ x = title + " " + number }}{{ x }}{{ if notes }}{{ for note in notes }}<i>{{ note }}</i>{{ end }}{{ end }}
        """;

    private static readonly Lazy<bool> Done = new(Run);

    public static void Ensure() => _ = Done.Value;

    private static bool Run()
    {
        var main = TemplateUnitParser.Parse("warm-up", Text, RenderLimits.Default.MaxDepth).Template!;
        var part = TemplateUnitParser.Parse("part", "<b>{{ title }} {{ $1 }}</b>", RenderLimits.Default.MaxDepth).Template!;
        var template = new CompiledScribanTemplate(main, new Dictionary<string, global::Scriban.Template>(StringComparer.Ordinal) { ["part"] = part }, TimeProvider.System);
        var model = new Dictionary<string, object?>
        {
            ["title"] = "Facture",
            ["number"] = "F-1",
            ["notes"] = new List<object?> { "a & b" },
            ["items"] = new List<object?>
            {
                new Dictionary<string, object?> { ["kind"] = "x", ["flag"] = true, ["count"] = 1L, ["name"] = "un" },
                new Dictionary<string, object?> { ["kind"] = "y", ["flag"] = false, ["count"] = 2L, ["name"] = "<deux>" },
            },
        };
        using var output = new StringWriter();
        var result = template.RenderAsync(new TemplateRenderRequest(model, output, new RenderLimits(TimeSpan.FromMinutes(1), 100_000, 32)), CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();
        return result.Succeeded ? true : throw new InvalidOperationException("The Scriban sandbox's warm-up render failed: " + string.Join("; ", result.Errors));
    }
}
