using System.Text;
using Facturation.Application.Branding;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Branding;

/// <summary>SVG logos: parsed without DTD, sanitised by the allow-list, stored sanitised.</summary>
public class SvgLogoTests
{
    private const string Hostile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 80" width="200" height="80" onload="alert(1)">
          <script type="text/javascript">alert('script')</script>
          <style>rect { fill: url(https://evil.example/track.png); }</style>
          <defs>
            <linearGradient id="brand" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#aa3300"/><stop offset="1" stop-color="#1f3a5f"/></linearGradient>
          </defs>
          <g id="mark" transform="translate(5,5)" onclick="alert(2)">
            <rect id="box" x="0" y="0" width="60" height="60" rx="6" fill="url(#brand)" style="stroke: url(https://evil.example/s.png)"/>
            <circle cx="30" cy="30" r="12" fill="#ffffff" onmouseover="alert(3)"/>
            <path d="M10 50 L50 50" stroke="#000000" stroke-width="2"/>
          </g>
          <foreignObject x="0" y="0" width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml">html inside</div></foreignObject>
          <use href="#box" x="70"/>
          <use xlink:href="https://evil.example/sprite.svg#logo"/>
          <use xlink:href="javascript:alert(4)"/>
          <image href="https://evil.example/pixel.png" width="1" height="1"/>
          <a href="javascript:alert(5)"><text x="0" y="0">link</text></a>
          <text x="140" y="40" font-family="DejaVu Sans" fill="javascript:alert(6)">ACME<tspan dx="2">&amp; Co</tspan></text>
        </svg>
        """;

    [Fact]
    public async Task HostileSvg_IsSanitised_DrawingKept_ScriptsHandlersForeignObjectsAndExternalReferencesGone()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var summary = (await BrandingRulesTests.SetAsync(app, new BrandingInput { Logo = TestImages.Svg(Hostile), LogoKind = LogoKind.Svg })).GetValueOrThrow();

        await using var db = await app.DbAsync();
        var stored = await db.BrandingFiles.SingleAsync();
        var svg = Encoding.UTF8.GetString(stored.Content);
        Assert.Equal(("image/svg+xml", "image/svg+xml"), (summary.LogoMediaType, stored.MediaType));
        foreach (var gone in new[] { "script", "alert", "onload", "onclick", "onmouseover", "foreignObject", "html inside", "<style", "evil.example", "javascript", "<image", "<a ", "link</text>", "xlink" })
            Assert.DoesNotContain(gone, svg, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        foreach (var kept in new[] { "viewBox=\"0 0 200 80\"", "<linearGradient id=\"brand\"", "<stop offset=\"0\" stop-color=\"#aa3300\"", "<g id=\"mark\" transform=\"translate(5,5)\">",
            "<rect id=\"box\"", "fill=\"url(#brand)\"", "<circle cx=\"30\" cy=\"30\" r=\"12\" fill=\"#ffffff\"", "<path d=\"M10 50 L50 50\"", "<use x=\"70\" href=\"#box\"", "ACME<tspan dx=\"2\">&amp; Co</tspan></text>" })
            Assert.Contains(kept, svg, StringComparison.Ordinal);
        Assert.Equal(1, Count(svg, "<use "));
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", "branding.logo-svg-malformed")]
    [InlineData("not xml at all", "branding.logo-svg-malformed")]
    [InlineData("", "branding.logo-svg-malformed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol2;</text></svg>", "branding.logo-svg-dtd")]
    [InlineData("<!DOCTYPE svg SYSTEM \"file:///etc/passwd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "branding.logo-svg-dtd")]
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "branding.logo-svg-root")]
    [InlineData("<svg xmlns=\"urn:not-svg\"/>", "branding.logo-svg-root")]
    public async Task MalformedSvg_OrSvgWithADtd_OrWithoutSvgRoot_IsRefused(string content, string code)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await BrandingRulesTests.SetAsync(app, new BrandingInput { Logo = TestImages.Svg(content), LogoKind = LogoKind.Svg, FooterText = "x" });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("Logo", code), (problem.Field, problem.Code));
        Assert.StartsWith("Logo: ", problem.Message, StringComparison.Ordinal);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.BrandingRevisions.CountAsync());
    }

    [Fact]
    public async Task Svg_Over256Kilobytes_OrNestedTooDeep_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var large = $"<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>{new string('x', 256 * 1024)}</desc></svg>";
        var deep = $"<svg xmlns=\"http://www.w3.org/2000/svg\">{string.Concat(Enumerable.Repeat("<g>", 5000))}{string.Concat(Enumerable.Repeat("</g>", 5000))}</svg>";

        var tooLarge = await BrandingRulesTests.SetAsync(app, new BrandingInput { Logo = TestImages.Svg(large), LogoKind = LogoKind.Svg });
        var tooDeep = await BrandingRulesTests.SetAsync(app, new BrandingInput { Logo = TestImages.Svg(deep), LogoKind = LogoKind.Svg });

        Assert.Equal("branding.logo-size", tooLarge.Problems.Single().Code);
        Assert.Equal("branding.logo-svg-depth", tooDeep.Problems.Single().Code);
    }

    [Theory]
    [InlineData("url(#brand)", true)]
    [InlineData("url( '#brand' )", true)]
    [InlineData("#aa3300", true)]
    [InlineData("url(#a) url(http://x)", false)]
    [InlineData("url(data:image/png;base64,AAAA)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("u\\rl(http://x)", false)]
    public void AttributeValues_AreJudgedByTheirUrlsAndSchemes(string value, bool safe) =>
        Assert.Equal(safe, SvgSanitizer.IsSafeValue(value));

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
