using static Facturation.Plugins.Tests.Handlebars.HandlebarsTestKit;

namespace Facturation.Plugins.Tests.Handlebars;

public sealed class HandlebarsRenderTests
{
    [Fact]
    public async Task Render_RecordsAndLists_WithHtmlEscaping()
    {
        var template = Compile(
            "<h1>{{Number}}</h1><p>{{Customer.Name}}, {{Customer.City}}</p>"
            + "{{#each Lines}}<li>{{@index}}:{{Label}} x{{Quantity}} = {{Amount}}</li>{{/each}}<b>{{Total}}</b>");

        var (result, output) = await RenderAsync(template, Invoice("<script>alert('x')</script>"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(
            "<h1>F-2026-0042</h1><p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;, Lyon</p>"
            + "<li>0:Conseil x2 = 200,00 €</li><li>1:Audit x1 = 500,00 €</li><b>700,00 €</b>",
            output);
    }

    [Fact]
    public async Task Render_RawHelper_WritesTheValueUnescaped_WhileAPlainTagEscapesIt()
    {
        var template = Compile("{{raw Logo}}|{{Logo}}");

        var (result, output) = await RenderAsync(template, Invoice());

        Assert.True(result.Succeeded);
        Assert.Equal("<svg><circle r=\"4\"/></svg>|&lt;svg&gt;&lt;circle r&#x3D;&quot;4&quot;/&gt;&lt;/svg&gt;", output);
    }

    [Theory]
    [InlineData("{{#if (eq Status \"Paid\")}}PAID{{else}}DUE{{/if}}", "PAID")]
    [InlineData("{{#if (eq Status \"Draft\")}}DRAFT{{else}}FINAL{{/if}}", "FINAL")]
    [InlineData("{{#each Lines}}{{#if (eq Quantity 2)}}{{Label}}{{/if}}{{/each}}", "Conseil")]
    [InlineData("{{#unless (eq Customer.City \"Paris\")}}province{{/unless}}", "province")]
    [InlineData("{{Status}}", "Paid")]
    public async Task Render_EqHelperAndEnumerations(string text, string expected)
    {
        var (result, output) = await RenderAsync(Compile(text), Invoice());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(expected, output);
    }

    [Fact]
    public async Task Render_Partials_WithContextAndHashArguments()
    {
        var template = Compile(
            "{{> header}}{{#each Lines}}{{> line this}}{{/each}}{{> total label=\"Total\"}}",
            ("header", "<h1>{{Number}}</h1>"),
            ("line", "<li>{{Label}}</li>"),
            ("total", "<p>{{label}}: {{Total}}</p>"));

        var (result, output) = await RenderAsync(template, Invoice());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("<h1>F-2026-0042</h1><li>Conseil</li><li>Audit</li><p>Total: 700,00 €</p>", output);
    }

    [Fact]
    public async Task Render_PartialBlock_RendersItsContentInsideTheLayout()
    {
        var template = Compile(
            "{{#> layout}}<p>{{Number}}</p>{{/layout}}",
            ("layout", "<main>{{> header}}{{> @partial-block}}</main>"),
            ("header", "<h1>{{Customer.Name}}</h1>"));

        var (result, output) = await RenderAsync(template, Invoice());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("<main><h1>Dupont SARL</h1><p>F-2026-0042</p></main>", output);
    }

    [Fact]
    public async Task Render_UnknownProperty_IsAnErrorNamingItAndWritesNothing()
    {
        var template = Compile("<p>{{Number}}</p>\n<p>{{Customer.VatNumber}}</p>");

        var (result, output) = await RenderAsync(template, Invoice());

        var error = Assert.Single(result.Errors);
        Assert.Contains("'VatNumber'", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 6, "invoice.fr"), (error.Line, error.Column, error.TemplateName));
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Render_UnknownPropertyInAPartial_NamesThePartial()
    {
        var template = Compile("{{#each Lines}}{{> line}}{{/each}}", ("line", "<li>{{Label}}</li>\n<li>{{Price}}</li>"));

        var (result, _) = await RenderAsync(template, Invoice());

        var error = Assert.Single(result.Errors);
        Assert.Equal(("line", 2, 7), (error.TemplateName, error.Line, error.Column));
        Assert.Contains("'Price'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_IfOnAMissingMember_IsAnError_ButANullMemberIsFalsy()
    {
        var (missing, _) = await RenderAsync(Compile("{{#if Remark}}x{{/if}}"), Invoice());
        var (present, output) = await RenderAsync(Compile("{{#if Note}}{{Note}}{{else}}no note{{/if}}"), Invoice());

        Assert.Contains("'Remark'", Assert.Single(missing.Errors).Message, StringComparison.Ordinal);
        Assert.True(present.Succeeded);
        Assert.Equal("no note", output);
    }

    [Theory]
    [InlineData("{{GetType}}")]
    [InlineData("{{Customer.GetType}}")]
    [InlineData("{{Customer.GetType.Assembly}}")]
    [InlineData("{{constructor}}")]
    [InlineData("{{__proto__}}")]
    [InlineData("{{Customer.constructor.name}}")]
    [InlineData("{{ToString}}")]
    [InlineData("{{Lines.GetEnumerator}}")]
    [InlineData("{{Lines.Path}}")]
    [InlineData("{{Customer.Path}}")]
    [InlineData("{{Customer.EqualityContract}}")]
    [InlineData("{{lookup Customer \"GetType\"}}")]
    [InlineData("{{#with Customer}}{{lookup this \"Deconstruct\"}}{{/with}}")]
    public async Task Render_MethodsAndHiddenMembers_AreNeverReached(string text)
    {
        var (result, output) = await RenderAsync(Compile(text), Invoice());

        Assert.True(!result.Succeeded || output.Length == 0, $"rendered '{output}'");
        Assert.DoesNotContain("Facturation", output, StringComparison.Ordinal);
        Assert.DoesNotContain("System", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WholeObject_IsAnErrorNamingIt()
    {
        var (result, output) = await RenderAsync(Compile("{{Customer}}"), Invoice());

        Assert.Contains("'Customer'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Render_StreamInTheViewModel_IsRefusedAsNotPlainData()
    {
        using var logo = new MemoryStream([1, 2, 3]);

        var (result, _) = await RenderAsync(Compile("{{Name}} {{Logo.Length}}"), new WithStreamView("ACME", logo));

        var message = Assert.Single(result.Errors).Message;
        Assert.Contains("'Logo'", message, StringComparison.Ordinal);
        Assert.Contains("MemoryStream", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_DelegateInTheViewModel_IsNeverInvoked()
    {
        var invoked = false;
        var model = new WithCodeView("ACME", () =>
        {
            invoked = true;
            return "ran";
        });

        var (result, output) = await RenderAsync(Compile("{{Name}}{{Compute}}"), model);

        Assert.False(invoked);
        Assert.False(result.Succeeded);
        Assert.Contains("delegate", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ran", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_DictionaryViewModel_AndNamesIgnoringCase()
    {
        var model = new Dictionary<string, object?>
        {
            ["title"] = "Facture",
            ["invoice"] = Invoice(),
        };

        var (result, output) = await RenderAsync(Compile("{{title}} {{invoice.number}} {{invoice.customer.name}}"), model);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("Facture F-2026-0042 Dupont SARL", output);
    }
}
