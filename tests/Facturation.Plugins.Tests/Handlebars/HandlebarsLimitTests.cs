using Facturation.Plugins.Handlebars.Rendering;
using Facturation.Sdk.Templates;
using static Facturation.Plugins.Tests.Handlebars.HandlebarsTestKit;

namespace Facturation.Plugins.Tests.Handlebars;

public sealed class HandlebarsLimitTests
{
    private static readonly RenderLimits Generous = new(TimeSpan.FromMinutes(5), 1_000_000_000, 32);

    [Fact]
    public async Task Render_NestingDeeperThanTheRequestAllows_FailsBeforeWriting()
    {
        // main → {{#with}} (1) → partial a (2) → {{#each}} (3) → partial b (4)
        var template = Compile(
            "{{#with Customer}}{{> a}}{{/with}}",
            ("a", "{{#each ../Lines}}{{> b}}{{/each}}"),
            ("b", "{{Label}}"));

        var (tooDeep, output) = await RenderAsync(template, Invoice(), RenderLimits.Default with { MaxDepth = 3 });
        var (justEnough, _) = await RenderAsync(template, Invoice(), RenderLimits.Default with { MaxDepth = 4 });

        var error = Assert.Single(tooDeep.Errors);
        Assert.Contains("nest 4 levels deep", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 19, "invoice.fr"), (error.Line, error.Column, error.TemplateName)); // the {{> a}} call
        Assert.Equal(string.Empty, output);
        Assert.True(justEnough.Succeeded, string.Join("; ", justEnough.Errors));
    }

    [Fact]
    public void PartialGuard_StopsBeyondMaxDepth()
    {
        var budget = new RenderBudget(RenderLimits.Default with { MaxDepth = 2 }, TimeProvider.System, CancellationToken.None);

        budget.EnterPartial("a");
        budget.EnterPartial("b");
        var exception = Assert.Throws<RenderAbortedException>(() => budget.EnterPartial("c"));

        Assert.Contains("deeper than 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MillionItemLoop_IsStoppedByMaxOutputChars()
    {
        var template = Compile("{{#each Items}}<li>{{this}}</li>{{/each}}");

        var (result, output) = await RenderAsync(template, Items(1_000_000), Generous with { MaxOutputChars = 10_000 });

        Assert.Equal("The output exceeds 10000 characters.", Assert.Single(result.Errors).Message);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Render_RepeatedBigString_IsStoppedByMaxOutputChars()
    {
        var template = Compile("{{#each Items}}{{../Big}}{{/each}}");

        var (result, _) = await RenderAsync(template, Items(1_000, new string('x', 100_000)), Generous with { MaxOutputChars = 5_000_000 });

        Assert.Equal("The output exceeds 5000000 characters.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Render_OutputOfExactlyMaxOutputChars_Succeeds()
    {
        var (result, output) = await RenderAsync(Compile("{{#each Items}}{{this}};{{/each}}"), Items(3), Generous with { MaxOutputChars = 18 });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("item0;item1;item2;", output);
    }

    [Fact]
    public async Task Render_LoopThatWritesNothing_IsStoppedByTheTimeout()
    {
        // 1000^4 iterations and no output: only reading the list elements lets the render notice the time.
        var template = Compile("{{#each Items}}{{#each ../Items}}{{#each ../../Items}}{{#each ../../../Items}}{{/each}}{{/each}}{{/each}}{{/each}}");

        var (result, output) = await RenderAsync(template, Items(1_000), Generous with { Timeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal("The render took longer than 100 ms.", Assert.Single(result.Errors).Message);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Render_Cancelled_ThrowsAndWritesNothing()
    {
        var template = Compile("{{#each Items}}{{#each ../Items}}{{#each ../../Items}}{{this}}{{/each}}{{/each}}{{/each}}");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        using var output = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await template.RenderAsync(new TemplateRenderRequest(Items(1_000), output, Generous), cancellation.Token));

        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task Render_AlreadyCancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await RenderAsync(Compile("{{Number}}"), Invoice(), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Render_ConcurrentRendersOfOneTemplate_AreIdentical_WhileAHostileRenderFails()
    {
        var template = Compile(
            "{{> header}}{{#each Lines}}<li>{{Label}} {{Amount}}</li>{{/each}}<b>{{Total}}</b>",
            ("header", "<h1>{{Number}} {{Customer.Name}}</h1>"));
        var hostileTemplate = Compile("{{#each Items}}{{this}}{{/each}}");
        var (_, expected) = await RenderAsync(template, Invoice());

        var hostile = Task.Run(() => RenderAsync(hostileTemplate, Items(1_000_000), Generous with { MaxOutputChars = 50_000 }));
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
        var (hostileResult, hostileOutput) = await hostile;

        Assert.Equal(400, all.Count);
        Assert.All(all, output => Assert.Equal(expected, output));
        Assert.StartsWith("<h1>F-2026-0042 Dupont SARL</h1>", expected, StringComparison.Ordinal);
        Assert.Equal("The output exceeds 50000 characters.", Assert.Single(hostileResult.Errors).Message);
        Assert.Equal(string.Empty, hostileOutput);
    }
}
