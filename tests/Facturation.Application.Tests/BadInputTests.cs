using Facturation.Application.Companies;
using Facturation.Application.Documents;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests;

/// <summary>Bad input gets a problem naming the field and the rule, and nothing is written.</summary>
public sealed class BadInputTests
{
    public static TheoryData<LineInput, string, string> BadLines => new()
    {
        { new LineInput { Description = "x", Quantity = -1m, UnitPrice = 10m }, "Lines[0].Quantity", "quantity.not-positive" },
        { new LineInput { Description = "x", Quantity = 0m, UnitPrice = 10m }, "Lines[0].Quantity", "quantity.not-positive" },
        { new LineInput { Description = "x", UnitPrice = -5m }, "Lines[0].UnitPrice", "amount.negative" },
        { new LineInput { Description = "x", UnitPrice = 1.23456m }, "Lines[0].UnitPrice", "amount.decimals" },
        { new LineInput { Description = "x", UnitPrice = 10m, UnitCode = "XYZ9" }, "Lines[0].UnitCode", "code.unit" },
        { new LineInput { Description = "x", UnitPrice = 10m, Discount = 20m }, "Lines[0].Discount", "discount.exceeds-line" },
        { new LineInput { UnitPrice = 10m }, "Lines[0].Description", "required" },
        { new LineInput { ItemCode = "NOPE" }, "ItemCode", "item.not-found" },
        { new LineInput { Description = "x", UnitPrice = 10m, TaxClass = "Standard!" }, "Lines[0].TaxClass", "taxclass.format" },
        { new LineInput { Description = "x", UnitPrice = 10m, TaxClass = "luxury" }, "Lines[0].TaxClass", "taxclass.unknown" },
        { new LineInput { Description = "\u200B\u200B", UnitPrice = 10m }, "Lines[0].Description", "text.invisible" },
        { new LineInput { Description = "Conseil\u0007", UnitPrice = 10m }, "Lines[0].Description", "text.control-character" },
        { new LineInput { Description = new string('x', 1_001), UnitPrice = 10m }, "Lines[0].Description", "text.too-long" },
        { new LineInput { Description = "x", UnitPrice = 1_000_000_000_000m }, "Lines[0].UnitPrice", "amount.too-large" },
        { new LineInput { Description = "x", Quantity = 1_000_000_000m, UnitPrice = 1m }, "Lines[0].Quantity", "quantity.too-large" },
        { new LineInput { Description = "x", Quantity = 100_000m, UnitPrice = 100_000_000m }, "Lines[0].UnitPrice", "amount.too-large" },
        { new LineInput { Description = "x", Quantity = 1e20m, UnitPrice = 1e8m, DiscountPercent = 10m }, "Lines[0].Quantity", "quantity.too-large" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task AddLine_BadValue_IsRefusedNamingTheFieldAndNothingIsWritten(LineInput line, string field, string code)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();
        var draft = (await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput { CustomerCode = "C001" }, default)).GetValueOrThrow();

        var outcome = await app.Get<DocumentService>().AddLineAsync(draft.Id, line, default);

        Assert.Contains(outcome.Problems, p => p.Field == field && p.Code == code);
        await using var db = await app.DbAsync();
        Assert.Empty((await db.Documents.SingleAsync(d => d.Id == draft.Id)).Lines);
    }

    [Theory]
    [InlineData("NOPE", null, null, "CustomerCode", "customer.not-found")]
    [InlineData("C001", "EURO", null, "Currency", "code.currency")]
    [InlineData("C001", "USD", null, "ExchangeRate", "exchange-rate.required")]
    [InlineData("C001", "USD", "-1", "ExchangeRate", "exchange-rate.not-positive")]
    [InlineData("C001", "USD", "10000000", "ExchangeRate", "exchange-rate.too-large")]
    public async Task CreateDraft_BadHeader_IsRefusedNamingTheField(string customer, string? currency, string? rate, string field, string code)
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();
        await app.CustomerAsync();

        var outcome = await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = customer, Currency = currency, ExchangeRate = rate is null ? null : decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture),
        }, default);

        Assert.Contains(outcome.Problems, p => p.Field == field && p.Code == code);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task CreateCompany_SeveralBadFields_ListsEveryProblem()
    {
        await using var app = await TestApp.StartAsync();

        var outcome = await app.Get<CompanyService>().CreateAsync(new CompanyInput
        {
            Code = "bad code",
            LegalName = "",
            Siren = "123456789",
            VatNumber = "FR00123456789",
            Iban = "FR7630006000011234567890180",
            AccountingCurrency = "XXX1",
            TimeZone = "Mars/Olympus",
            TaxRegimeId = "nowhere",
            Address = new Domain.Parties.Address { Line1 = "", City = "Paris", Country = "FX" },
        }, default);

        var fields = outcome.Problems.Select(p => p.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Code", "LegalName", "Siren", "VatNumber", "Iban", "AccountingCurrency", "TimeZone", "TaxRegimeId", "Address.Line1", "Address.Country" }, fields);
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task CreateCompany_InvalidPluginSetting_IsNamedWithThePluginAndKey()
    {
        await using var app = await TestApp.StartAsync();

        var outcome = await app.Get<CompanyService>().CreateAsync(new CompanyInput
        {
            Code = "acme", LegalName = "Acme",
            Address = new Domain.Parties.Address { Line1 = "1 rue", City = "Paris", Country = "FR" },
            PluginSettings = new() { ["Facturation.Plugins.StandardVat"] = new() { ["rate.standard"] = "5,5" } },
        }, default);

        Assert.Contains(outcome.Problems, p => p.Field == "PluginSettings.Facturation.Plugins.StandardVat.rate.standard");
    }
}
