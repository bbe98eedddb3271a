using Facturation.Application.Companies;
using Facturation.Domain.Parties;

namespace Facturation.Application.Tests.France;

/// <summary>A company's France-pack choices are checked when saved, each problem naming the field or plugin key.</summary>
public class FrenchCompanySettingsTests
{
    [Theory]
    [InlineData("13-01")]
    [InlineData("02-29")]
    [InlineData("6-30")]
    public async Task FiscalYearEndThatIsNotADayOfTheYear_IsRefused(string fiscalYearEnd)
    {
        await using var app = await TestApp.StartAsync();

        var outcome = await app.Get<CompanyService>().CreateAsync(Company() with { FiscalYearEnd = fiscalYearEnd }, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("fiscal-year.end-format", "FiscalYearEnd"), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task CollidingNumberPatternsAndABadAccount_AreRefusedTogether_NamingThePluginKeys()
    {
        await using var app = await TestApp.StartAsync();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["numbering.pattern.invoice"] = "F{counter:4}",
            ["numbering.pattern.credit-note"] = "F{yyyy}{counter:4}",
            ["numbering.reset"] = "never",
            ["fec.account.customer"] = "4A1",
        };

        var outcome = await app.Get<CompanyService>().CreateAsync(
            Company() with { PluginSettings = new(StringComparer.Ordinal) { [FrenchPack.PluginId] = settings } }, default);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.Code == "numbering.patterns-collide" && p.Field!.StartsWith("PluginSettings.Facturation.Plugins.France.numbering.pattern.", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.Field == "PluginSettings.Facturation.Plugins.France.fec.account.customer");
        Assert.Empty(await app.Get<CompanyService>().ListAsync(default));
    }

    [Fact]
    public async Task ValidFrenchSettings_AreKeptAndUsed()
    {
        await using var app = await TestApp.StartAsync();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["numbering.pattern.invoice"] = "FAC-{yy}{mm}-{counter:4}" };
        await FrenchPack.CompanyAsync(app, c => c with { PluginSettings = new(StringComparer.Ordinal) { [FrenchPack.PluginId] = settings } });
        await app.CustomerAsync();

        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        Assert.Equal("FAC-2603-0001", issued.Number);
    }

    private static CompanyInput Company() => FrenchPack.Enable(new CompanyInput
    {
        Code = "acme",
        LegalName = "Atelier Dupont SAS",
        Address = new Address { Line1 = "12 rue de la Paix", PostCode = "75002", City = "Paris", Country = "FR" },
    });
}
