using Facturation.Plugins.Tests.Handlebars;
using static Facturation.Plugins.Tests.Scriban.ScribanTestKit;

namespace Facturation.Plugins.Tests.Scriban;

public sealed class ScribanRenderTests
{
    [Fact]
    public async Task Render_RecordsAndLists_UnderCamelCaseNames_WithHtmlEscaping()
    {
        var output = await OutputAsync(
            "<h1>{{ number }}</h1><p>{{ customer.name }}, {{ customer.city }}</p>"
            + "{{ for line in lines }}<li>{{ for.index }}:{{ line.label }} x{{ line.quantity }} = {{ line.amount }}</li>{{ end }}<b>{{ total }}</b>",
            Invoice("<script>alert('x')</script> & =`\""));

        Assert.Equal(
            "<h1>F-2026-0042</h1><p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &#x3D;&#x60;&quot;, Lyon</p>"
            + "<li>0:Conseil x2 = 200,00 €</li><li>1:Audit x1 = 500,00 €</li><b>700,00 €</b>",
            output);
    }

    [Fact]
    public async Task Render_Raw_WritesTheValueUnescaped_WhileAPlainTagEscapesIt_AndRawTextPassedOnIsEscapedAgain()
    {
        var output = await OutputAsync("{{ raw logo }}|{{ logo }}|{{ logo | raw }}|{{ raw logo | string.upcase }}|{{ raw 12.50 }}");

        Assert.Equal(
            "<svg><circle r=\"4\"/></svg>|&lt;svg&gt;&lt;circle r&#x3D;&quot;4&quot;/&gt;&lt;/svg&gt;|<svg><circle r=\"4\"/></svg>"
            + "|&lt;SVG&gt;&lt;CIRCLE R&#x3D;&quot;4&quot;/&gt;&lt;/SVG&gt;|12.50",
            output);
    }

    [Theory]
    [InlineData("{{ if status == \"Paid\" }}PAID{{ else }}DUE{{ end }}", "PAID")]
    [InlineData("{{ for line in lines }}{{ if line.quantity == 2 }}{{ line.label }}{{ end }}{{ end }}", "Conseil")]
    [InlineData("{{ status }}", "Paid")]
    [InlineData("{{ if note }}note{{ else }}no note{{ end }}", "no note")]
    [InlineData("{{ lines.size }} {{ lines[1].label }} {{ number | string.slice 0 1 }}", "2 Audit F")]
    [InlineData("{{ true }} {{ 1.5 + 1 }} {{ 7 / 2 }}", "true 2.5 3.5")]
    [InlineData("{{ x = customer.name | string.upcase }}{{ x }}", "DUPONT SARL")]
    [InlineData("{{ func shout(t); ret t | string.upcase; end }}{{ shout customer.city }}", "LYON")]
    public async Task Render_ScribanExpressions_OverThePlainModel(string text, string expected) =>
        Assert.Equal(expected, await OutputAsync(text));

    [Fact]
    public async Task Render_EmptyTextAndEmptyList_AreFalse_LikeNull()
    {
        var model = new Dictionary<string, object?> { ["empty"] = "", ["none"] = Array.Empty<string>(), ["missing"] = null, ["zero"] = 0, ["some"] = new[] { "a" } };

        var output = await OutputAsync("{{ if empty }}1{{ end }}{{ if none }}2{{ end }}{{ if missing }}3{{ end }}{{ if some }}4{{ end }}{{ if !none }}5{{ end }}", model);

        Assert.Equal("45", output);
    }

    [Fact]
    public async Task Render_Includes_AreTheTemplatesOwnPartials_InTheSameScope_WithArguments()
    {
        var template = Compile(
            "{{ include \"header\" }}{{ for line in lines }}{{ include \"line\" line }}{{ end }}{{ include \"total\" \"Total\" }}",
            ("header", "<h1>{{ number }}</h1>"),
            ("line", "<li>{{ $1.label }}</li>"),
            ("total", "<p>{{ $1 }}: {{ total }} {{ customer.name }}</p>"));

        var (result, output) = await RenderAsync(template, Invoice("A & B"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("<h1>F-2026-0042</h1><li>Conseil</li><li>Audit</li><p>Total: 700,00 € A &amp; B</p>", output);
    }

    [Fact]
    public async Task Render_Includes_InsideACaptureAndALoop_WithAReturnInThePartial_WriteWhereTheyAreCalled()
    {
        var template = Compile(
            "{{ capture heading }}{{ include \"title\" }}{{ end }}[{{ raw heading }}]{{ for line in lines }}{{ include \"line\" line for.index }}{{ end }}|after",
            ("title", "<h1>{{ number }}</h1>"),
            ("line", "{{ $2 }}:{{ $1.label }}{{ if $2 == 0 }};{{ ret }}{{ end }} & more;"));

        var (result, output) = await RenderAsync(template, Invoice());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("[<h1>F-2026-0042</h1>]0:Conseil;1:Audit & more;|after", output);
    }

    [Fact]
    public async Task Render_IncludeAloneOnAnIndentedLine_IndentsThePartialsLines_AsAHandlebarsPartialIs()
    {
        var template = Compile("<div>\n  {{ include \"rows\" ~}}\n</div>", ("rows", "<p>{{ number }}</p>\n<p>{{ total }}</p>\n"));

        var (result, output) = await RenderAsync(template, Invoice());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("<div>\n  <p>F-2026-0042</p>\n  <p>700,00 €</p>\n</div>", output);
    }

    [Fact]
    public async Task Render_UnknownMember_IsAnErrorNamingItAtItsPosition_AndWritesNothing()
    {
        var error = await ErrorAsync("<p>{{ number }}</p>\n<p>{{ customer.vatNumber }}</p>");

        Assert.Contains("'vatNumber'", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 16, "invoice.fr"), (error.Line, error.Column, error.TemplateName));
    }

    [Fact]
    public async Task Render_UnknownVariable_AndAnErrorInAPartial_NameTheirTemplateLineAndColumn()
    {
        var variable = await ErrorAsync("{{ remark }}");
        var inPartial = await ErrorAsync("{{ for line in lines }}{{ include \"line\" }}{{ end }}", partials: ("line", "<li>{{ line.label }}</li>\n<li>{{ line.price }}</li>"));

        Assert.Equal((1, 4, "invoice.fr"), (variable.Line, variable.Column, variable.TemplateName));
        Assert.Contains("'remark'", variable.Message, StringComparison.Ordinal);
        Assert.Equal(("line", 2, 13), (inPartial.TemplateName, inPartial.Line, inPartial.Column));
        Assert.Contains("'price'", inPartial.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ number.length }}")]
    [InlineData("{{ customer.get_type }}")]
    [InlineData("{{ customer.GetType }}")]
    [InlineData("{{ customer.equality_contract }}")]
    [InlineData("{{ lines.get_enumerator }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ \"1 + 1\" | object.eval }}")]
    [InlineData("{{ \"{{ 1 }}\" | object.eval_template }}")]
    [InlineData("{{ \"a\" | regex.match \"a\" }}")]
    [InlineData("{{ include \"/etc/passwd\" }}")]
    [InlineData("{{ include_join [\"a\"] \",\" }}")]
    public async Task Render_DotNetMembersFilesClockAndCodeEvaluation_AreNeverReached(string text)
    {
        // Refused when compiling (an include of a partial the template does not have) or when rendering.
        var compilation = TryCompile(text);
        if (!compilation.Succeeded)
        {
            Assert.Contains("Unknown partial", Assert.Single(compilation.Errors).Message, StringComparison.Ordinal);
            return;
        }

        var (result, output) = await RenderAsync(compilation.Template!, Invoice());

        Assert.False(result.Succeeded, $"rendered '{output}'");
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Render_AssigningToABuiltin_IsRefused_AndNoOtherRenderSeesIt()
    {
        var (hostile, _) = await RenderAsync(Compile("{{ string.upcase = 1 }}{{ math.round = 2 }}"), Invoice());
        var output = await OutputAsync("{{ customer.city | string.upcase }} {{ 2.6 | math.round }}");

        Assert.False(hostile.Succeeded);
        Assert.Equal("LYON 3", output);
    }

    [Fact]
    public async Task Render_WholeObjectOrList_IsAnError()
    {
        var objectError = await ErrorAsync("{{ customer }}");
        var listError = await ErrorAsync("x\n{{ lines }}");

        Assert.Contains("object", objectError.Message, StringComparison.Ordinal);
        Assert.Equal((2, 4), (listError.Line, listError.Column));
        Assert.Contains("list", listError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_StreamInTheViewModel_IsRefusedAsNotPlainData()
    {
        using var logo = new MemoryStream([1, 2, 3]);

        var error = await ErrorAsync("{{ name }}", new WithStreamView("ACME", logo));

        Assert.Contains("'model.logo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemoryStream", error.Message, StringComparison.Ordinal);
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

        var error = await ErrorAsync("{{ name }}{{ compute }}", model);

        Assert.False(invoked);
        Assert.Contains("delegate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AssignmentsStayInTheRendersOwnCopyOfTheModel()
    {
        var model = Invoice();
        var template = Compile("{{ customer.name = \"changed\" }}{{ customer.name }}");

        var (first, firstOutput) = await RenderAsync(template, model);
        var second = await OutputAsync("{{ customer.name }}", model);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal("changed", firstOutput);
        Assert.Equal("Dupont SARL", second);
        Assert.Equal("Dupont SARL", model.Customer.Name);
    }
}
