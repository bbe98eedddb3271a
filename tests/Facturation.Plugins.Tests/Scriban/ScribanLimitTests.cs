using Facturation.Plugins.Scriban.Rendering;
using Facturation.Sdk.Templates;
using static Facturation.Plugins.Tests.Scriban.ScribanTestKit;

namespace Facturation.Plugins.Tests.Scriban;

public sealed class ScribanLimitTests
{
    private static readonly RenderLimits Generous = new(TimeSpan.FromMinutes(5), 1_000_000_000, 32);

    [Fact]
    public async Task Render_WhileTrue_StopsAtTheLoopLimit()
    {
        var error = await ErrorAsync("<p>\n{{ while true }}{{ end }}</p>", limits: Generous);

        Assert.Contains($"{SandboxContext.MaxLoopIterations}", error.Message, StringComparison.Ordinal);
        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    [Fact]
    public async Task Render_NestedLoops_CountTogetherAgainstTheLoopLimit()
    {
        // 1000 × 1000 iterations, each loop far under the limit on its own.
        var error = await ErrorAsync("{{ for a in 1..1000 }}{{ for b in 1..1000 }}{{ end }}{{ end }}", limits: Generous);

        Assert.Contains("iteration limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RecursiveFunction_StopsAtTheRecursionLimit()
    {
        var error = await ErrorAsync("{{ func down(n); ret down(n + 1); end }}\n{{ down 1 }}", limits: RenderLimits.Default with { MaxDepth = 20 });

        Assert.Contains("recursive depth limit `20`", error.Message, StringComparison.Ordinal);
        Assert.Equal("invoice.fr", error.TemplateName);
    }

    [Fact]
    public async Task Render_PartialThatIncludesItself_StopsAtTheRecursionLimit_InThatPartial()
    {
        var error = await ErrorAsync("{{ include \"again\" }}", partials: ("again", "<div>{{ include \"again\" }}</div>"));

        Assert.Contains($"recursive depth limit `{RenderLimits.Default.MaxDepth}`", error.Message, StringComparison.Ordinal);
        Assert.Equal(("again", 1, 9), (error.TemplateName, error.Line, error.Column));
    }

    [Fact]
    public async Task Render_MillionItemLoop_IsStoppedByMaxOutputChars()
    {
        var (result, output) = await RenderAsync(Compile("{{ for item in items }}<li>{{ item }}</li>{{ end }}"), Items(90_000), Generous with { MaxOutputChars = 10_000 });

        Assert.Contains("10000", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Render_OutputOfExactlyMaxOutputChars_Succeeds_AndOneMoreIsRefused()
    {
        var template = Compile("{{ for item in items }}{{ item }};{{ end }}");

        var (exact, output) = await RenderAsync(template, Items(3), Generous with { MaxOutputChars = 18 });
        var (over, _) = await RenderAsync(template, Items(3), Generous with { MaxOutputChars = 17 });

        Assert.True(exact.Succeeded, string.Join("; ", exact.Errors));
        Assert.Equal("item0;item1;item2;", output);
        Assert.False(over.Succeeded);
    }

    [Fact]
    public async Task Render_TextDoubledUntilItIsHuge_IsStoppedByTheStringLimit()
    {
        var error = await ErrorAsync("{{ s = \"ab\" }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s | string.size }}", limits: Generous);

        Assert.Contains("LimitToString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ManyHugeTextsKeptInALoop_IsStoppedByTheMemoryLimit()
    {
        // Each text is under the string limit; together they would hold gigabytes.
        var text = "{{ big = \"x\" | string.pad_left 1000000 }}{{ kept = [] }}{{ for i in 1..2000 }}{{ kept = kept | array.add (big + i) }}{{ end }}{{ kept.size }}";

        var error = await ErrorAsync(text, limits: Generous);

        Assert.Contains($"{RenderBudget.MaxAllocatedBytes / (1024 * 1024)} MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_LoopThatWritesNothing_IsStoppedByTheTimeout()
    {
        // The clock moves 1 ms at each of the budget's readings: 20 ms are over long before the loop's 90,000 iterations.
        var clock = new SteppingClock();
        var template = Compile(clock, "{{ for a in items }}{{ for b in items }}{{ x = a + b }}{{ end }}{{ end }}");

        var (result, output) = await RenderAsync(template, Items(300), Generous with { Timeout = TimeSpan.FromMilliseconds(20) });

        Assert.Equal("The render took longer than 20 ms.", Assert.Single(result.Errors).Message);
        Assert.Equal(string.Empty, output);
        Assert.InRange(clock.Readings, 22, 30);
    }

    [Fact]
    public async Task Render_Cancelled_ThrowsAndWritesNothing()
    {
        // Cancelled in the middle of the render: at the budget's third reading of the clock (the start, then one every
        // 16 nodes), while the loop still has most of its 90,000 iterations to go.
        using var cancellation = new CancellationTokenSource();
        var clock = new SteppingClock(cancellation, cancelAtReading: 3);
        var template = Compile(clock, "{{ for a in items }}{{ for b in items }}{{ x = a + b }}{{ end }}{{ end }}");
        using var output = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await template.RenderAsync(new TemplateRenderRequest(Items(300), output, Generous), cancellation.Token));

        Assert.InRange(clock.Readings, 3, 10);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task Render_ConcurrentRendersOfOneTemplate_AreIdentical_WhileHostileRendersFail()
    {
        var template = Compile(
            "{{ include \"header\" }}{{ for line in lines }}<li>{{ line.label }} {{ line.amount }}</li>{{ end }}<b>{{ total }}</b>",
            ("header", "<h1>{{ number }} {{ customer.name }}</h1>"));
        var endless = Compile("{{ while true }}{{ end }}");
        var flood = Compile("{{ for item in items }}{{ item }}{{ end }}");
        var (_, expected) = await RenderAsync(template, Invoice());

        var hostile = new[]
        {
            Task.Run(() => RenderAsync(endless, Invoice(), Generous)),
            Task.Run(() => RenderAsync(flood, Items(90_000), Generous with { MaxOutputChars = 50_000 })),
        };
        var renders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var outputs = new List<string>();
            for (var round = 0; round < 50; round++)
            {
                var (result, output) = await RenderAsync(template, Invoice());
                Assert.True(result.Succeeded, string.Join("; ", result.Errors));
                outputs.Add(output);
            }
            return outputs;
        })).ToList();

        var all = (await Task.WhenAll(renders)).SelectMany(outputs => outputs).ToList();
        var failures = await Task.WhenAll(hostile);

        Assert.Equal(400, all.Count);
        Assert.All(all, output => Assert.Equal(expected, output));
        Assert.StartsWith("<h1>F-2026-0042 Dupont SARL</h1>", expected, StringComparison.Ordinal);
        Assert.All(failures, failure => Assert.Equal((false, ""), (failure.Result.Succeeded, failure.Output)));
    }
}
