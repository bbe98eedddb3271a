namespace Facturation.Host.Tests;

/// <summary><c>facturation render</c> through the real executable: HTML and PDF files of an issued invoice.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
public sealed class RenderCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-render-cli-");

    private Dictionary<string, string> DataEnvironment => new() { ["FACTURATION_DATA"] = Path.Combine(_folder.FullName, "data") };

    [Fact]
    public async Task Render_WritesHtmlAndPdf_AndRefusesAnUnknownNumber()
    {
        await RunOkAsync("company", "create", "--code", "acme", "--name", "Atelier Dupont SAS", "--siren", "732829320", "--vat", "FR44732829320",
            "--address-line1", "12 rue de la Paix", "--post-code", "75002", "--city", "Paris", "--iban", "FR7630006000011234567890189");
        await RunOkAsync("customer", "create", "--company", "acme", "--code", "C001", "--name", "Client Martin SARL",
            "--address-line1", "3 avenue Foch", "--post-code", "69006", "--city", "Lyon");
        var id = (await RunOkAsync("invoice", "create", "--company", "acme", "--customer", "C001")).Trim();
        await RunOkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "2", "--price", "100", "--unit", "HUR");
        var number = (await RunOkAsync("invoice", "issue", id)).Trim();

        await RunOkAsync("render", number, "--company", "acme", "--format", "html", "--out", Path.Combine(_folder.FullName, "invoice.html"));
        await RunOkAsync("render", number, "--company", "acme", "--format", "pdf", "--language", "en", "--out", Path.Combine(_folder.FullName, "invoice.pdf"));
        var missing = await FacturationProcess.RunAsync(DataEnvironment, "render", "NOPE-1", "--company", "acme", "--out", Path.Combine(_folder.FullName, "x.pdf"));

        var html = await File.ReadAllTextAsync(Path.Combine(_folder.FullName, "invoice.html"));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(_folder.FullName, "invoice.pdf"));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("document.not-found", missing.StdOut + missing.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "x.pdf")));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> RunOkAsync(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(DataEnvironment, arguments);
        Assert.True(exitCode == 0, $"{string.Join(' ', arguments)} exited with {exitCode}: {stderr}");
        return stdout;
    }
}
