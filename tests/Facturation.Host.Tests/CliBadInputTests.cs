namespace Facturation.Host.Tests;

/// <summary>Input the use cases refuse: exit code 1, every problem as <c>field: message (code)</c>, nothing written.</summary>
public sealed class CliBadInputTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task RefusedInput_NamesEveryFieldAndRule_AndWritesNothing()
    {
        await _cli.CreateCompanyAndCustomerAsync("bad");

        var header = await _cli.RefusedAsync("invoice", "create", "--company", "bad", "--customer", "nobody", "--currency", "XYZ");
        Assert.Contains("CustomerCode: No customer with code 'nobody'. (customer.not-found)", header, StringComparison.Ordinal);
        Assert.Contains("Currency: Currency 'XYZ' is not an ISO 4217 code. (code.currency)", header, StringComparison.Ordinal);

        var id = await _cli.OkAsync("invoice", "create", "--company", "bad", "--customer", "c1");
        var empty = await _cli.RefusedAsync("invoice", "issue", id);
        Assert.Contains("Lines: ", empty, StringComparison.Ordinal);
        Assert.Contains("(document.empty)", empty, StringComparison.Ordinal);
        var negative = await _cli.RefusedAsync("invoice", "add-line", id, "--description", "Returned", "--price", "10", "--quantity", "-2");
        Assert.Contains("Lines[0].Quantity: ", negative, StringComparison.Ordinal);
        Assert.Contains("(quantity.not-positive)", negative, StringComparison.Ordinal);
        var unit = await _cli.RefusedAsync("invoice", "add-line", id, "--description", "Boxes", "--price", "10", "--unit", "BOX");
        Assert.Contains("Lines[0].UnitCode: Unit 'BOX' is not a supported UN/ECE Rec 20/21 code", unit, StringComparison.Ordinal);
        Assert.Contains("(code.unit)", unit, StringComparison.Ordinal);

        var drafts = await _cli.JsonAsync("invoice", "list", "--company", "bad");
        var draft = Assert.Single(drafts.EnumerateArray());
        Assert.Equal(id, draft.GetProperty("id").GetString());
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        var shown = await _cli.JsonAsync("invoice", "show", id, "--company", "bad");
        Assert.Empty(shown.GetProperty("lines").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, shown.GetProperty("totals").ValueKind);
    }

    public void Dispose() => _cli.Dispose();
}
