using Facturation.Application.Catalogue;
using Facturation.Application.Common;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.Rules;

/// <summary>The shared rules of what people type or import: texts, exact numbers, amounts, dates, known tax classes.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("Atelier Dupont", null)]
    [InlineData("Ça coûte 12 € — « TTC »", null)]
    [InlineData("\u200B\u200B", "text.invisible")]
    [InlineData("   \u00A0\u2060", "text.invisible")]
    [InlineData("Dupont\u0007", "text.control-character")]
    [InlineData("Dupont\nFils", "text.control-character")]
    [InlineData("Dupont\u2028Fils", "text.control-character")]
    public void Name_AcceptsPrintableVisibleText_AndNamesTheRuleOtherwise(string value, string? code)
    {
        var problems = new Validator().Name(value, "Name").Problems;

        Assert.Equal(code, problems.SingleOrDefault()?.Code);
        Assert.All(problems, p => Assert.Equal("Name", p.Field));
    }

    [Fact]
    public void Name_WithALoneSurrogate_IsNotText() =>
        Assert.Equal("text.invalid", Assert.Single(new Validator().Name("Dupont" + (char)0xD800, "Name").Problems).Code);

    [Fact]
    public void Texts_HaveALimitPerKind_AndDescriptionsMaySpanLines()
    {
        Assert.Empty(new Validator().Name(new string('a', TextRules.NameMaxLength), "Name").Problems);
        Assert.Equal("text.too-long", Assert.Single(new Validator().Name(new string('a', TextRules.NameMaxLength + 1), "Name").Problems).Code);
        Assert.Empty(new Validator().Description("Conseil\r\n\tjour 1\n\tjour 2", "Description").Problems);
        Assert.Equal("text.too-long", Assert.Single(new Validator().Description(new string('a', 10_000_000), "Description").Problems).Code);
        Assert.Empty(new Validator().Note(new string('a', TextRules.NoteMaxLength), "Note").Problems);
        Assert.Contains("10000000 characters", new Validator().Description(new string('a', 10_000_000), "Description").Problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.5", true, "12.5")]
    [InlineData("-0.0001", true, "-0.0001")]
    [InlineData("100.00000000000000000000000000", true, "100")]
    [InlineData("0.000000000000000000000000000001", false, null)]
    [InlineData("1.000000000000000000000000000001", false, null)]
    [InlineData("123456789012345678901234567890", false, null)]
    [InlineData("12,5", false, null)]
    [InlineData("1e3", false, null)]
    public void DecimalText_ReadsExactlyOrNotAtAll(string text, bool read, string? value)
    {
        Assert.Equal(read, DecimalText.TryParse(text, out var parsed));
        if (value is not null)
            Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Theory]
    [InlineData("15e-1", "1.5", true)]
    [InlineData("1.5E+2", "150", true)]
    [InlineData("0.10000000000000000000000000001", "0.1000000000000000000000000000", false)]
    public void DecimalText_ComparesJsonNumbersWithExponents(string raw, string value, bool exact) =>
        Assert.Equal(exact, DecimalText.IsExact(raw, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Amounts_HaveTheirDecimalsAndLimits()
    {
        Assert.Empty(new Validator().UnitPrice(999_999_999_999m, "UnitPrice").Problems);
        Assert.Equal("amount.decimals", Assert.Single(new Validator().UnitPrice(1.00001m, "UnitPrice").Problems).Code);
        Assert.Equal("amount.too-large", Assert.Single(new Validator().UnitPrice(1_000_000_000_000m, "UnitPrice").Problems).Code);
        Assert.Equal("amount.decimals", Assert.Single(new Validator().Amount(0.001m, "Amount").Problems).Code);
        Assert.Equal("quantity.decimals", Assert.Single(new Validator().Quantity(0.0000001m, "Quantity").Problems).Code);
        Assert.Equal("amount.too-large", Assert.Single(new Validator().LineAmount(1_000_000m, 1_000_000m, "UnitPrice").Problems).Code);
        Assert.Equal(0m, AmountRules.PercentOfLine(decimal.MaxValue, decimal.MaxValue, 50m));
        Assert.Equal(5m, AmountRules.PercentOfLine(2m, 25m, 10m));
    }

    [Theory]
    [InlineData("1899-12-31", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("2099-12-31", true)]
    [InlineData("2100-01-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void Dates_AreWithin1900And2099(string date, bool accepted)
    {
        var value = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(accepted, DateRules.IsInRange(value));
        Assert.Equal(accepted, new Validator().Date(value, "DueDate").IsValid);
    }

    [Fact]
    public async Task Services_RefuseWhatImportRefuses_WithTheFieldNamed()
    {
        await using var app = await TestApp.StartAsync();
        await app.CompanyAsync();

        var customer = await app.Get<CustomerService>().CreateAsync("acme", new CustomerInput
        {
            Code = "C1", Name = new string('N', 10_000_000), Email = "a\u0000@b.example",
            BillingAddress = new Domain.Parties.Address { Line1 = "\u200B", City = "Lyon", Country = "FR" },
        }, default);
        var item = await app.Get<ItemService>().CreateAsync("acme", new ItemInput { Code = "I1", Description = "Carton", UnitPrice = 1m, TaxClass = "luxury" }, default);
        await app.CustomerAsync();
        var draft = await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "C001", DeliveryDate = new DateOnly(1, 1, 1), DueDate = DateOnly.MaxValue, Note = "\u0001",
        }, default);

        Assert.Equal([("Name", "text.too-long"), ("Email", "text.control-character"), ("BillingAddress.Line1", "text.invisible")],
            customer.Problems.Select(p => (p.Field, p.Code)));
        Assert.Equal(("TaxClass", "taxclass.unknown"), Assert.Single(item.Problems.Select(p => (p.Field, p.Code))));
        Assert.Contains("standard", item.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal([("DeliveryDate", "date.range"), ("DueDate", "date.range"), ("Note", "text.control-character")],
            draft.Problems.Select(p => (p.Field, p.Code)));
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Customers.CountAsync());
        Assert.Equal(0, await db.CatalogItems.CountAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
    }
}
