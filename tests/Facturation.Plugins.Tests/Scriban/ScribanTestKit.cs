using Facturation.Plugins.Scriban;
using Facturation.Plugins.Tests.Handlebars;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Tests.Scriban;

/// <summary>Compiles and renders Scriban templates the way the host does (the view models are the Handlebars tests' records).</summary>
internal static class ScribanTestKit
{
    public static TemplateCompilation TryCompile(string text, params (string Name, string Text)[] partials) =>
        new ScribanTemplateEngine().Compile(HandlebarsTestKit.Source(text, partials));

    /// <summary>Compiles with an engine reading <paramref name="clock"/> for its render budgets.</summary>
    public static ICompiledTemplate Compile(TimeProvider clock, string text)
    {
        var compilation = new ScribanTemplateEngine(clock).Compile(HandlebarsTestKit.Source(text, []));
        Assert.True(compilation.Succeeded, string.Join(Environment.NewLine, compilation.Errors));
        return compilation.Template!;
    }

    public static ICompiledTemplate Compile(string text, params (string Name, string Text)[] partials)
    {
        var compilation = TryCompile(text, partials);
        Assert.True(compilation.Succeeded, string.Join(Environment.NewLine, compilation.Errors));
        return compilation.Template!;
    }

    public static Task<(TemplateRenderResult Result, string Output)> RenderAsync(
        ICompiledTemplate template, object viewModel, RenderLimits? limits = null, CancellationToken cancellationToken = default) =>
        HandlebarsTestKit.RenderAsync(template, viewModel, limits, cancellationToken);

    public static InvoiceView Invoice(string customerName = "Dupont SARL") => HandlebarsTestKit.Invoice(customerName);

    public static ItemsView Items(int count, string big = "") => HandlebarsTestKit.Items(count, big);

    /// <summary>Renders <paramref name="text"/> with the sample invoice and expects it to succeed.</summary>
    public static async Task<string> OutputAsync(string text, object? viewModel = null)
    {
        var (result, output) = await RenderAsync(Compile(text), viewModel ?? HandlebarsTestKit.Invoice());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return output;
    }

    /// <summary>Renders <paramref name="text"/> with the sample invoice and expects exactly one error, and nothing written.</summary>
    public static async Task<TemplateError> ErrorAsync(string text, object? viewModel = null, RenderLimits? limits = null, params (string Name, string Text)[] partials)
    {
        var (result, output) = await RenderAsync(Compile(text, partials), viewModel ?? HandlebarsTestKit.Invoice(), limits);
        Assert.Equal(string.Empty, output);
        return Assert.Single(result.Errors);
    }
}
