using Facturation.Application.Branding;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Branding;

/// <summary>Colours, font family, font file, footer and PNG logo rules: bad input refused naming the field, nothing stored.</summary>
public class BrandingRulesTests
{
    [Fact]
    public async Task BadColoursAndFamily_AreRefusedNamingEachField_AndNothingIsStored()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await SetAsync(app, new BrandingInput
        {
            PrimaryColor = "#12345",
            AccentColor = "red",
            FontFamily = "Comic; Sans",
            FooterText = "Fine footer",
            Logo = TestImages.Png(10, 10),
            LogoKind = LogoKind.Png,
        });

        Assert.False(outcome.Succeeded);
        Assert.Equal(["AccentColor", "FontFamily", "PrimaryColor"], outcome.Problems.Select(p => p.Field!).Order(StringComparer.Ordinal));
        Assert.Contains(outcome.Problems, p => p.Field == "PrimaryColor" && p.Code == "branding.color" && p.Message.Contains("#rrggbb", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.Field == "FontFamily" && p.Code == "branding.font-family-name");
        await AssertNothingStoredAsync(app);
    }

    [Theory]
    [InlineData("PrimaryColor", "#aabbcc\n")]
    [InlineData("PrimaryColor", "#aabbc")]
    [InlineData("PrimaryColor", "aabbcc")]
    [InlineData("AccentColor", "#aabbccdd")]
    [InlineData("AccentColor", "#gg0000")]
    [InlineData("AccentColor", "#fff")]
    public async Task Colour_NotWrittenHashSixHexDigits_IsRefused(string field, string value)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await SetAsync(app, field == "PrimaryColor" ? new BrandingInput { PrimaryColor = value } : new BrandingInput { AccentColor = value });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((field, "branding.color"), (problem.Field, problem.Code));
        await AssertNothingStoredAsync(app);
    }

    [Theory]
    [InlineData("Not Installed Font", "branding.font-not-installed")]
    [InlineData("DejaVu Serif</style>", "branding.font-family-name")]
    [InlineData("Evil', x", "branding.font-family-name")]
    [InlineData("3D Font", "branding.font-family-name")]
    [InlineData("sans-serif", "branding.font-family-name")]
    public async Task FontFamily_NotInstalledOrNotAPlainName_IsRefused(string family, string code)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await SetAsync(app, new BrandingInput { FontFamily = family });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("FontFamily", code), (problem.Field, problem.Code));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task ValidValues_AreStoredNormalised_KeptWhenNotGiven_AndClearedByAnEmptyText()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var first = (await SetAsync(app, new BrandingInput
        {
            PrimaryColor = "#AA3300", AccentColor = "#f0f0f0", FontFamily = "dejavu serif", FooterText = "Merci de votre confiance.",
        })).GetValueOrThrow();
        var second = (await SetAsync(app, new BrandingInput { AccentColor = "", FooterText = "Autre pied de page" })).GetValueOrThrow();

        Assert.Equal(("#aa3300", "#f0f0f0", "DejaVu Serif"), (first.PrimaryColor, first.AccentColor, first.FontFamily));
        Assert.Equal(("#aa3300", null, "DejaVu Serif", "Autre pied de page"), (second.PrimaryColor, second.AccentColor, second.FontFamily, second.FooterText));
        Assert.Equal((1L, 2L), (first.Revision, second.Revision));
        await using var db = await app.DbAsync();
        Assert.Equal(2, await db.BrandingRevisions.CountAsync());
        var view = await app.Get<BrandingService>().ViewAsync((await db.Companies.SingleAsync()).Id, null, default);
        Assert.Equal(("#aa3300", Facturation.Rendering.Documents.BrandingView.Default.AccentColor), (view.PrimaryColor, view.AccentColor));
        Assert.StartsWith("DejaVu Serif, ", view.FontFamily, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_LongerThan500Characters_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await SetAsync(app, new BrandingInput { FooterText = new string('x', 501) });

        Assert.Equal(("FooterText", "branding.footer-length"), (outcome.Problems.Single().Field, outcome.Problems.Single().Code));
        Assert.True((await SetAsync(app, new BrandingInput { FooterText = new string('x', 500) })).Succeeded);
    }

    [Fact]
    public async Task UnknownCompany_IsRefused()
    {
        await using var app = await TestApp.StartAsync();

        var outcome = await SetAsync(app, new BrandingInput { PrimaryColor = "#000000" }, "nobody");

        Assert.Equal("company.not-found", outcome.Problems.Single().Code);
    }

    [Fact]
    public async Task PngLogo_IsAccepted_AndRemovedOnRequest()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var png = TestImages.Png(200, 80);

        var set = (await SetAsync(app, new BrandingInput { Logo = png, LogoKind = LogoKind.Png })).GetValueOrThrow();
        await using (var db = await app.DbAsync())
            Assert.Equal(png, (await db.BrandingFiles.SingleAsync()).Content);
        var removed = (await SetAsync(app, new BrandingInput { RemoveLogo = true })).GetValueOrThrow();

        Assert.Equal(("image/png", png.Length), (set.LogoMediaType, set.LogoBytes));
        Assert.Equal((null, 0), (removed.LogoMediaType, removed.LogoBytes));
    }

    [Fact]
    public async Task PngLogo_Of5000By5000Pixels_IsRefusedWithItsDimensions()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await SetAsync(app, new BrandingInput { Logo = TestImages.Png(5000, 5000), LogoKind = LogoKind.Png, PrimaryColor = "#000000" });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("Logo", "branding.logo-dimensions"), (problem.Field, problem.Code));
        Assert.Contains("5000×5000", problem.Message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task PngLogo_OverOneMegabyte_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        var png = TestImages.Png(10, 10).Concat(new byte[1024 * 1024]).ToArray();

        var outcome = await SetAsync(app, new BrandingInput { Logo = png, LogoKind = LogoKind.Png });

        Assert.Equal(("Logo", "branding.logo-size"), (outcome.Problems.Single().Field, outcome.Problems.Single().Code));
        await AssertNothingStoredAsync(app);
    }

    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>")]
    [InlineData("")]
    public async Task NonPngBytes_DeclaredAsPng_AreRefused(string content)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var outcome = await SetAsync(app, new BrandingInput { Logo = System.Text.Encoding.Latin1.GetBytes(content), LogoKind = LogoKind.Png });

        Assert.Equal(("Logo", "branding.logo-png"), (outcome.Problems.Single().Field, outcome.Problems.Single().Code));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task FontFile_WithoutSignatureOrFamily_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var badFile = await SetAsync(app, new BrandingInput { FontFamily = "House Font", FontFile = "not a font at all"u8.ToArray() });
        var noFamily = await SetAsync(app, new BrandingInput { FontFile = [0x00, 0x01, 0x00, 0x00, 0x00, 0x10] });
        var tooLarge = await SetAsync(app, new BrandingInput { FontFamily = "House Font", FontFile = [.. "wOF2"u8, .. new byte[2 * 1024 * 1024]] });

        Assert.Equal(("FontFile", "branding.font-format"), (badFile.Problems.Single().Field, badFile.Problems.Single().Code));
        Assert.Equal(("FontFamily", "branding.font-family-required"), (noFamily.Problems.Single().Field, noFamily.Problems.Single().Code));
        Assert.Equal(("FontFile", "branding.font-size"), (tooLarge.Problems.Single().Field, tooLarge.Problems.Single().Code));
        await AssertNothingStoredAsync(app);
    }

    internal static Task<Outcome<BrandingSummary>> SetAsync(TestApp app, BrandingInput input, string company = "acme") =>
        app.Get<BrandingService>().SetAsync(company, input, default);

    private static async Task AssertNothingStoredAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        Assert.Equal((0, 0), (await db.BrandingRevisions.CountAsync(), await db.BrandingFiles.CountAsync()));
    }
}
