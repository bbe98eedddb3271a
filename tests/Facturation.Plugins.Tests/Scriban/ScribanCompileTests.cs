using Facturation.Plugins.Scriban;
using Facturation.Sdk.Templates;
using static Facturation.Plugins.Tests.Scriban.ScribanTestKit;

namespace Facturation.Plugins.Tests.Scriban;

public sealed class ScribanCompileTests
{
    [Theory]
    [InlineData("<p>{{ number + }}</p>", 1, 16)]
    [InlineData("<p>\n  {{ for line in lines }}\n</p>", 2, 26)]
    [InlineData("<html>\n<body>\n  <p>{{ end }}</p>", 3, 11)]
    [InlineData("{{#if number}}x{{/if}}", 1, 18)]
    public void Compile_SyntaxError_IsReportedWithLineAndColumn(string text, int line, int column)
    {
        var compilation = TryCompile(text);

        Assert.False(compilation.Succeeded);
        var error = compilation.Errors[0];
        Assert.Equal((line, column, "invoice.fr"), (error.Line, error.Column, error.TemplateName));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Compile_SyntaxErrorInAPartial_NamesThePartial()
    {
        var compilation = TryCompile("{{ include \"totals\" }}", ("totals", "<table>\n{{ if }}\n</table>"));

        Assert.NotEmpty(compilation.Errors);
        Assert.All(compilation.Errors, error => Assert.Equal(("totals", 2), (error.TemplateName, error.Line)));
    }

    [Fact]
    public void Compile_IncludeOfAPartialTheTemplateDoesNotHave_IsRefusedListingThoseItHas()
    {
        var compilation = TryCompile("<p>ok</p>\n{{ include \"footer\" }}", ("header", "<h1></h1>"), ("lines", ""));

        var error = Assert.Single(compilation.Errors);
        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Contains("'footer'", error.Message, StringComparison.Ordinal);
        Assert.Contains("header, lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NestingDeeperThanTheDepthLimit_IsRefusedAtParseTime()
    {
        var depth = RenderLimits.Default.MaxDepth + 2;
        var text = string.Concat(Enumerable.Repeat("{{ if true }}", depth)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", depth));

        var compilation = TryCompile(text);

        Assert.Contains(compilation.Errors, e => e.Message.Contains("depth limit", StringComparison.Ordinal) && e.Line == 1);
        Assert.True(TryCompile(string.Concat(Enumerable.Repeat("{{ if true }}", 10)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 10))).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{{")]
    [InlineData("}}{{{{{{")]
    [InlineData("{{ \"unterminated }}")]
    [InlineData("{{ ((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))) }}")]
    [InlineData("{% liquid %}{{ x | | }}")]
    public void Compile_NeverThrows(string text)
    {
        var compilation = new ScribanTemplateEngine().Compile(new TemplateSource("t", text));

        Assert.True(compilation.Succeeded || compilation.Errors.Count > 0);
    }

    [Fact]
    public void Engine_IsScriban_AndItsDefaultLayoutsCompile()
    {
        var engine = new ScribanTemplateEngine();
        var provider = new DefaultLayoutProvider();

        Assert.Equal(("scriban", "Scriban"), (engine.Id, engine.DisplayName));
        Assert.Equal(12, provider.Layouts.Count);
        Assert.All(provider.Layouts, key =>
        {
            var source = provider.GetLayout(key)!;
            Assert.Equal($"{key.Layout}.{key.Language}", source.Name);
            Assert.True(engine.Compile(source).Succeeded);
        });
        Assert.Null(provider.GetLayout(new LayoutKey("invoice", "de", "scriban")));
        Assert.Null(provider.GetLayout(new LayoutKey("invoice", "fr", "handlebars")));
    }
}
