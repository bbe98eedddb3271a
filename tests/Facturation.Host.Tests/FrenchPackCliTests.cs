namespace Facturation.Host.Tests;

/// <summary>The France pack through the command line: a French company, its numbers and refusals, and the FEC export of its fiscal year.</summary>
public sealed class FrenchPackCliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-france-cli-");

    private Dictionary<string, string> DataEnvironment => new() { ["FACTURATION_DATA"] = Path.Combine(_folder.FullName, "data") };

    [Fact]
    public async Task FrenchCompany_IssuesLegalNumbers_RefusesMissingMentions_AndExportsItsFiscalYearAsFec()
    {
        await RunOkAsync("company", "create", "--code", "acme", "--name", "Atelier Dupont SAS", "--legal-form", "SAS", "--share-capital", "10000",
            "--siren", "732829320", "--siret", "73282932000074", "--rcs-city", "Paris", "--vat", "FR44732829320",
            "--address-line1", "12 rue de la Paix", "--post-code", "75002", "--city", "Paris",
            "--tax-regime", "fr-vat", "--numbering", "fr-numbering", "--document-rules", "fr-mentions", "--fiscal-year-end", "06-30");
        await RunOkAsync("customer", "create", "--company", "acme", "--code", "C001", "--name", "Client Martin SARL", "--siren", "552100554",
            "--address-line1", "3 avenue Foch", "--post-code", "69006", "--city", "Lyon");
        await RunOkAsync("customer", "create", "--company", "acme", "--code", "C002", "--name", "Client Sans Siren SARL",
            "--address-line1", "1 rue B", "--post-code", "69001", "--city", "Lyon");
        var id = (await RunOkAsync("invoice", "create", "--company", "acme", "--customer", "C001")).Trim();
        await RunOkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "2", "--price", "100", "--unit", "HUR");
        var issued = await RunOkAsync("invoice", "issue", id);
        var refusedId = (await RunOkAsync("invoice", "create", "--company", "acme", "--customer", "C002")).Trim();
        await RunOkAsync("invoice", "add-line", refusedId, "--description", "Conseil", "--quantity", "1", "--price", "50", "--unit", "HUR");

        var refused = await FacturationProcess.RunAsync(DataEnvironment, "invoice", "issue", refusedId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var closing = new DateOnly(today.Month > 6 ? today.Year + 1 : today.Year, 6, 30);
        var exported = await RunOkAsync("export", "fec", "--company", "acme", "--fiscal-year-end", closing.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--out", _folder.FullName);
        var wrongDay = await FacturationProcess.RunAsync(DataEnvironment,
            "export", "fec", "--company", "acme", "--fiscal-year-end", $"{closing.Year}-12-31", "--out", _folder.FullName);

        Assert.Contains($"F{today.Year}-00001", issued, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("fr.mention.buyer-siren", refused.StdOut + refused.StdErr, StringComparison.Ordinal);
        var file = Path.Combine(_folder.FullName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"732829320FEC{closing:yyyyMMdd}.txt"));
        Assert.Contains("Exported 1 entries", exported, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.StartsWith("JournalCode\tJournalLib\tEcritureNum", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Split('\t')[4] == "411" && l.Split('\t')[11] == "240,00");
        Assert.Equal(1, wrongDay.ExitCode);
        Assert.Contains("FiscalYearEnd", wrongDay.StdOut + wrongDay.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> RunOkAsync(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(DataEnvironment, arguments);
        Assert.True(exitCode == 0, $"{string.Join(' ', arguments)} exited with {exitCode}: {stderr}");
        return stdout;
    }
}
