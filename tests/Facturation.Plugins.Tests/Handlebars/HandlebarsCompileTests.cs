using static Facturation.Plugins.Tests.Handlebars.HandlebarsTestKit;

namespace Facturation.Plugins.Tests.Handlebars;

public sealed class HandlebarsCompileTests
{
    [Fact]
    public void Compile_UnclosedEach_ReportsLineAndColumnOfItsOpeningTag()
    {
        var compilation = TryCompile("<h1>{{Number}}</h1>\n<ul>\n  {{#each Lines}}\n  <li>{{Label}}</li>\n</ul>\n");

        var error = Assert.Single(compilation.Errors);
        Assert.False(compilation.Succeeded);
        Assert.Null(compilation.Template);
        Assert.Equal((3, 3, "invoice.fr"), (error.Line, error.Column, error.TemplateName));
        Assert.Contains("{{#each Lines}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_MismatchedClosingTag_PointsAtItAndNamesTheOpenBlock()
    {
        var compilation = TryCompile("{{#if Note}}\n  x\n{{/each}}");

        var error = Assert.Single(compilation.Errors);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("line 1, column 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Total: {{{Total}}}", "{{{")]
    [InlineData("Total: {{& Total}}", "{{&")]
    [InlineData("Total: {{~{Total}~}}", "{{{")]
    [InlineData("Total: {{{{raw}}}} {{Total}} {{{{/raw}}}}", "{{{")]
    public void Compile_UnescapedOutput_IsRefusedWithItsPosition(string line, string written)
    {
        var compilation = TryCompile("<p>\n" + line + "\n</p>");

        Assert.False(compilation.Succeeded);
        var error = compilation.Errors[0];
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Contains(written, error.Message, StringComparison.Ordinal);
        Assert.Contains("raw helper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_EscapedMustache_IsTextNotATag()
    {
        var compilation = TryCompile(@"Write \{{{Total}}} to print raw HTML");

        Assert.True(compilation.Succeeded, string.Join("; ", compilation.Errors));
    }

    [Theory]
    [InlineData("{{> (lookup this 'Layout')}}")]
    [InlineData("{{> @root}}")]
    [InlineData("{{#> (concat 'a' 'b')}}x{{/x}}")]
    public void Compile_DynamicPartial_IsRefused(string text)
    {
        var compilation = TryCompile(text, ("footer", "F"));

        Assert.False(compilation.Succeeded);
        Assert.Contains(compilation.Errors, error => error.Message.Contains("Dynamic partials are refused", StringComparison.Ordinal) && error.Line == 1);
    }

    [Fact]
    public void Compile_UnknownPartial_IsAnErrorNamingItAndTheKnownOnes()
    {
        var compilation = TryCompile("<body>\n  {{> footer}}\n</body>", ("header", "<h1>{{Number}}</h1>"));

        var error = Assert.Single(compilation.Errors);
        Assert.Equal((2, 3, "invoice.fr"), (error.Line, error.Column, error.TemplateName));
        Assert.Contains("'footer'", error.Message, StringComparison.Ordinal);
        Assert.Contains("header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_PartialIncludingItself_IsRefusedAtCompileTime()
    {
        var compilation = TryCompile("{{> row}}", ("row", "<tr>\n{{#each Children}}{{> row}}{{/each}}</tr>"));

        var error = Assert.Single(compilation.Errors);
        Assert.Equal((2, 19, "row"), (error.Line, error.Column, error.TemplateName));
        Assert.Contains("Recursive partial: row -> row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_IndirectRecursion_IsRefusedNamingTheCycle()
    {
        var compilation = TryCompile(
            "{{> a}}",
            ("a", "A {{> b}}"),
            ("b", "B {{#with Child}}{{> c}}{{/with}}"),
            ("c", "C {{#> a}}block{{/a}}"));

        var error = Assert.Single(compilation.Errors);
        Assert.Equal("c", error.TemplateName);
        Assert.Contains("Recursive partial: a -> b -> c -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SharedPartialWithoutCycle_IsAccepted()
    {
        var compilation = TryCompile("{{> a}}{{> b}}", ("a", "{{> money}}"), ("b", "{{> money}}"), ("money", "{{Total}}"));

        Assert.True(compilation.Succeeded, string.Join("; ", compilation.Errors));
    }

    [Theory]
    [InlineData("{{format Total}}", "Unknown helper 'format'")]
    [InlineData("{{log 'x'}}", "Unknown helper 'log'")]
    [InlineData("{{#if (gt Total 1)}}x{{/if}}", "Unknown helper 'gt'")]
    [InlineData("{{#repeat Lines}}x{{/repeat}}", "Unknown block helper 'repeat'")]
    [InlineData("{{#if (raw Logo)}}x{{/if}}", "'raw' writes HTML")]
    [InlineData("{{raw Logo Total}}", "'raw' takes 1 value")]
    [InlineData("{{#if}}x{{/if}}", "takes exactly one value")]
    [InlineData("{{if Note}}", "is a block helper")]
    [InlineData("{{*decorate}}", "Decorators")]
    [InlineData("{{#*inline \"row\"}}x{{/inline}}{{> row}}", "Inline partials")]
    [InlineData("{{#Customer}}{{Name}}{{/Customer}}", "Sections like '{{#Customer}}' are refused")]
    [InlineData("{{^Note}}none{{/Note}}", "write '{{#unless Note}}'")]
    [InlineData("{{> @partial-block}}", "Only a partial called as a block")]
    public void Compile_CodeOutsideTheHelperSet_IsRefused(string text, string expected)
    {
        var compilation = TryCompile(text);

        Assert.False(compilation.Succeeded);
        Assert.Contains(compilation.Errors, error => error.Message.Contains(expected, StringComparison.Ordinal) && error.Line == 1 && error.Column >= 1);
    }

    [Fact]
    public void Compile_ErrorInAPartial_NamesThePartial()
    {
        var compilation = TryCompile("{{> footer}}", ("footer", "<footer>\n  {{#if Note}}{{Note}}\n</footer>"));

        var error = Assert.Single(compilation.Errors);
        Assert.Equal((2, 3, "footer"), (error.Line, error.Column, error.TemplateName));
    }

    [Fact]
    public void Compile_NestingBeyondTheDefaultDepth_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("{{#with Child}}", 33)) + "{{Name}}" + string.Concat(Enumerable.Repeat("{{/with}}", 33));

        var compilation = TryCompile(deep);

        var error = Assert.Single(compilation.Errors);
        Assert.Equal((1, 1 + (32 * "{{#with Child}}".Length)), (error.Line, error.Column));
        Assert.Contains("33 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_PartialChainBeyondTheDefaultDepth_IsRefusedWhereItStartsExceeding()
    {
        var partials = Enumerable.Range(0, 40)
            .Select(index => ("p" + index, index == 39 ? "{{Name}}" : "{{> p" + (index + 1) + "}}"))
            .ToArray();

        var compilation = TryCompile("{{> p0}}", partials);

        Assert.False(compilation.Succeeded);
        Assert.Contains(compilation.Errors, error => error.Message.Contains("the limit is 32", StringComparison.Ordinal) && error.Line == 1);
    }

    [Fact]
    public void Compile_DeeplyNestedSubExpressions_AreRefusedWithoutExhaustingTheStack()
    {
        var compilation = TryCompile("{{#if " + new string('(', 100_000) + "eq a b" + new string(')', 100_000) + "}}x{{/if}}");

        var error = Assert.Single(compilation.Errors);
        Assert.Contains("nest deeper than 16", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 23), (error.Line, error.Column));
    }

    [Fact]
    public void Compile_DeeplyNestedBlocks_AreRefusedBeforeHandlebarsCompilesThem()
    {
        var compilation = TryCompile(string.Concat(Enumerable.Repeat("{{#if Note}}", 100_000)) + string.Concat(Enumerable.Repeat("{{/if}}", 100_000)));

        Assert.Contains("the limit is 32", Assert.Single(compilation.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_PartialNamedLikeAHandlebarsVariable_IsRefused()
    {
        var compilation = TryCompile("{{#> layout}}x{{/layout}}", ("layout", "{{> @partial-block}}"), ("@partial-block", "{{> @partial-block}}"));

        var error = Assert.Single(compilation.Errors);
        Assert.Equal(("@partial-block", 1, 1), (error.TemplateName, error.Line, error.Column));
    }

    [Theory]
    [InlineData("{{")]
    [InlineData("{{#each}")]
    [InlineData("{{foo bar=}}")]
    [InlineData("{{}}")]
    [InlineData("{{(Total)}}")]
    [InlineData("{{Total}}}")]
    [InlineData("{{#if Note}}{{else}}{{else}}{{/if}}")]
    [InlineData("{{> footer Note x=1}}")]
    [InlineData("{{a.[b}}")]
    [InlineData("{{eq 'a}}")]
    [InlineData("{{!-- never closed")]
    [InlineData("{{else}}")]
    [InlineData("{{/if}}")]
    [InlineData("{{^}}")]
    public void Compile_BrokenTemplate_NeverThrowsAndLocatesTheError(string text)
    {
        var compilation = TryCompile(text, ("footer", "F"));

        Assert.False(compilation.Succeeded);
        Assert.All(compilation.Errors, error => Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString()));
    }

    [Fact]
    public async Task Compile_EachTemplateHasItsOwnPartials()
    {
        var companyA = Compile("{{> footer}}", ("footer", "A: {{Number}}"));
        var companyB = Compile("{{> footer}}", ("footer", "B: {{Total}}"));

        var (resultA, outputA) = await RenderAsync(companyA, Invoice());
        var (resultB, outputB) = await RenderAsync(companyB, Invoice());

        Assert.True(resultA.Succeeded && resultB.Succeeded);
        Assert.Equal("A: F-2026-0042", outputA);
        Assert.Equal("B: 700,00 €", outputB);
    }
}
