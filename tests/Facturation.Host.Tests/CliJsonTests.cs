using System.Text.Json;

namespace Facturation.Host.Tests;

/// <summary><c>--json</c> on every command: camelCase output, and <c>{"problems": [...]}</c> with exit code 1 when refused.</summary>
public sealed class CliJsonTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task EveryCommand_TakesJson()
    {
        var commands = await CommandTree.LeavesAsync();

        var missing = commands.Where(c => !c.Options.Contains("--json")).Select(c => c.Path).ToList();

        Assert.True(commands.Count > 40, $"only {commands.Count} commands found: {string.Join(", ", commands.Select(c => c.Path))}");
        Assert.Contains(commands, c => c.Path == "render");
        Assert.Contains(commands, c => c.Path == "template preview");
        Assert.True(missing.Count == 0, "without --json: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task RenderExportAndTemplates_WriteCamelCaseJson_AndRefusalsWriteTheirProblems()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        var id = await _cli.OkAsync("invoice", "create", "--company", "acme", "--customer", "c1");
        await _cli.OkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "2", "--price", "100");
        var number = await _cli.OkAsync("invoice", "issue", id);
        var folder = Directory.CreateDirectory(Path.Combine(_cli.DataFolder, "out")).FullName;
        var layout = Path.Combine(folder, "layout.hbs");
        await File.WriteAllTextAsync(layout, "<html><body><h1>JSON-MARKER</h1></body></html>\n");

        var rendered = await _cli.JsonAsync("render", number, "--company", "acme", "--format", "html", "--out", Path.Combine(folder, "invoice.html"));
        var exported = await _cli.JsonAsync("export", "json", "--out", Path.Combine(folder, "backup.json"));
        var fec = await _cli.JsonAsync("export", "fec", "--company", "acme", "--fiscal-year-end", $"{CliSession.Year}-12-31", "--out", folder);
        var saved = await _cli.JsonAsync("template", "set", "--company", "acme", "--layout", "invoice", "--language", "fr", "--file", layout, "--author", "tester");
        var shown = await _cli.JsonAsync("template", "show", "--company", "acme", "--layout", "invoice", "--language", "fr");
        var rolledBack = await _cli.JsonAsync("template", "rollback", "--company", "acme", "--layout", "invoice", "--language", "fr", "--version", "0", "--author", "tester");
        var preview = await _cli.JsonAsync("template", "preview", "--company", "acme", "--layout", "invoice", "--language", "fr", "--file", layout,
            "--out", Path.Combine(folder, "preview.html"));
        var key = await _cli.JsonAsync("journal", "init-key", "--out", Path.Combine(folder, "journal.key"));
        var refused = await _cli.RunAsync("render", "NOPE-1", "--company", "acme", "--format", "html", "--out", Path.Combine(folder, "nope.html"), "--json");

        Assert.Equal(number, rendered.GetProperty("document").GetString());
        Assert.Equal("text/html", rendered.GetProperty("mediaType").GetString());
        Assert.Equal(new FileInfo(Path.Combine(folder, "invoice.html")).Length, rendered.GetProperty("bytes").GetInt64());
        Assert.Equal(1, exported.GetProperty("issued").GetInt32());
        Assert.Equal(Path.Combine(folder, "backup.json"), exported.GetProperty("path").GetString());
        Assert.Equal(1, fec.GetProperty("entries").GetInt64());
        Assert.True(File.Exists(fec.GetProperty("path").GetString()));
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal("tester", saved.GetProperty("author").GetString());
        Assert.Contains("JSON-MARKER", shown.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, rolledBack.GetProperty("version").GetInt32());
        Assert.Null(preview.GetProperty("document").GetString());
        Assert.Contains("JSON-MARKER", await File.ReadAllTextAsync(preview.GetProperty("path").GetString()!), StringComparison.Ordinal);
        Assert.Equal(32, key.GetProperty("bytes").GetInt32());
        Assert.Equal(1, refused.ExitCode);
        var problem = Assert.Single(JsonDocument.Parse(refused.StdOut).RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("document.not-found", problem.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("ruleId").ValueKind);
        Assert.False(File.Exists(Path.Combine(folder, "nope.html")));
    }

    public void Dispose() => _cli.Dispose();
}
