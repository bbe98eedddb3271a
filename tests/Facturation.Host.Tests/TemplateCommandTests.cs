namespace Facturation.Host.Tests;

/// <summary><c>facturation template</c> through the real executable: compile errors, save, history, render and preview.</summary>
public sealed class TemplateCommandTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task TemplateSet_RefusesABadFileNamingLineAndColumn_ThenAGoodFileIsUsedByTheNextInvoice()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        var issuedBefore = await IssueAsync();
        Directory.CreateDirectory(_cli.DataFolder);
        var bad = Path.Combine(_cli.DataFolder, "bad.sbn-html");
        var good = Path.Combine(_cli.DataFolder, "good.sbn-html");
        await File.WriteAllTextAsync(bad, "<html>\n<body>\n  <p>{{ number + }}</p>\n</body></html>\n");
        await File.WriteAllTextAsync(good, "<html lang=\"{{ language }}\">\n<body>\n  <h1>CLI-MARKER {{ number }}</h1>\n  {{ include \"totals\" }}\n</body></html>\n");

        var refused = await _cli.RefusedAsync("template", "set", "--company", "acme", "--layout", "invoice", "--language", "fr", "--file", bad);
        var saved = await _cli.OkAsync("template", "set", "--company", "acme", "--layout", "invoice", "--language", "fr", "--file", good,
            "--comment", "CLI test", "--author", "tester");
        var issuedAfter = await IssueAsync();
        var history = await _cli.OkAsync("template", "history", "--company", "acme", "--layout", "invoice", "--language", "fr");
        var list = await _cli.OkAsync("template", "list", "--company", "acme");
        var shown = await _cli.OkAsync("template", "show", "--company", "acme", "--layout", "invoice", "--language", "fr", "--version", "1");
        var after = Path.Combine(_cli.DataFolder, "after.html");
        var before = Path.Combine(_cli.DataFolder, "before.html");
        var preview = Path.Combine(_cli.DataFolder, "preview.html");
        await _cli.OkAsync("render", issuedAfter, "--company", "acme", "--format", "html", "--out", after);
        await _cli.OkAsync("render", issuedBefore, "--company", "acme", "--format", "html", "--out", before);
        await _cli.OkAsync("template", "preview", "--company", "acme", "--layout", "invoice", "--language", "fr", "--format", "html", "--out", preview);

        Assert.Contains("Template: 3:18: ", refused, StringComparison.Ordinal);
        Assert.Contains("(template.compile)", refused, StringComparison.Ordinal);
        Assert.Contains("version 1", saved, StringComparison.Ordinal);
        Assert.Contains("tester", history, StringComparison.Ordinal);
        Assert.Contains("CLI test", history, StringComparison.Ordinal);
        Assert.Contains("invoice", list, StringComparison.Ordinal);
        Assert.Contains("CLI-MARKER {{ number }}", shown, StringComparison.Ordinal);
        Assert.Contains("CLI-MARKER " + issuedAfter, await File.ReadAllTextAsync(after), StringComparison.Ordinal);
        Assert.DoesNotContain("CLI-MARKER", await File.ReadAllTextAsync(before), StringComparison.Ordinal);
        Assert.Contains("CLI-MARKER EXEMPLE-0001", await File.ReadAllTextAsync(preview), StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private async Task<string> IssueAsync()
    {
        var id = await _cli.OkAsync("invoice", "create", "--company", "acme", "--customer", "c1");
        await _cli.OkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "2", "--price", "100", "--unit", "HUR");
        return await _cli.OkAsync("invoice", "issue", id);
    }
}
