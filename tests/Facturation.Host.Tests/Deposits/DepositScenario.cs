using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Facturation.Application.Tests.EInvoicing;
using Facturation.Plugins.Tests.France.Accounting;

namespace Facturation.Host.Tests.Deposits;

/// <summary>
/// A French company (France pack: regime, numbering, mentions) driving quotes, deposits and final invoices through the
/// real executable, and reading back what it wrote: <c>show --json</c>, e-invoice files and the FEC export.
/// </summary>
internal sealed class DepositScenario(CliSession cli, string outFolder)
{
    public const string Company = "acme";
    public const string Siren = "732829320";

    public CliSession Cli { get; } = cli;

    /// <summary>The closing date of the fiscal year the documents issued now belong to (default 12-31).</summary>
    public static DateOnly Closing => new(CliSession.Year, 12, 31);

    public async Task CreateCompanyAndCustomerAsync()
    {
        await Cli.OkAsync("company", "create", "--code", Company, "--name", "Atelier Dupont SAS", "--legal-form", "SAS", "--share-capital", "10000",
            "--siren", Siren, "--rcs-city", "Paris", "--vat", "FR44732829320", "--iban", "FR7630006000011234567890189",
            "--address-line1", "12 rue de la Paix", "--post-code", "75002", "--city", "Paris",
            "--tax-regime", "fr-vat", "--numbering", "fr-numbering", "--document-rules", "fr-mentions");
        await Cli.OkAsync("customer", "create", "--company", Company, "--code", "C001", "--name", "Client Martin SARL", "--siren", "552100554",
            "--address-line1", "3 avenue Foch", "--post-code", "69006", "--city", "Lyon");
    }

    /// <summary>Sends and accepts a quote with the given lines (each the options of <c>add-line</c>); returns its number.</summary>
    public async Task<string> AcceptedQuoteAsync(params string[][] lines)
    {
        var id = await Cli.OkAsync("quote", "create", "--company", Company, "--customer", "C001");
        foreach (var line in lines)
            await Cli.OkAsync(["quote", "add-line", id, .. line]);
        var number = await Cli.OkAsync("quote", "send", id);
        await Cli.OkAsync("quote", "accept", number, "--company", Company);
        return number;
    }

    /// <summary><c>quote deposit</c> with <paramref name="how"/> (<c>--percentage 30</c> or <c>--amount 1260.00</c>), then <c>invoice issue</c>.</summary>
    public async Task<string> IssueDepositAsync(string quote, params string[] how)
    {
        var draft = await Cli.JsonAsync(["quote", "deposit", quote, "--company", Company, .. how]);
        Assert.Equal(("deposit", "draft"), (draft.GetProperty("type").GetString(), draft.GetProperty("status").GetString()));
        return await Cli.OkAsync("invoice", "issue", draft.GetProperty("id").GetString()!);
    }

    /// <summary><c>quote convert</c> then <c>invoice issue</c>: the final invoice.</summary>
    public async Task<string> IssueFinalAsync(string quote) =>
        await Cli.OkAsync("invoice", "issue", await Cli.OkAsync("quote", "convert", quote, "--company", Company));

    public Task<JsonElement> ShowAsync(string number) => Cli.JsonAsync("invoice", "show", number, "--company", Company);

    /// <summary>Writes the e-invoice of <paramref name="number"/> (cii or ubl), checks it against the official XSDs, and loads it.</summary>
    public async Task<XDocument> EInvoiceAsync(string number, string format)
    {
        var path = Path.Combine(outFolder, $"{number}.{format}.xml");
        await Cli.OkAsync("einvoice", number, "--company", Company, "--format", format, "--out", path);
        var content = await File.ReadAllBytesAsync(path);
        foreach (var schema in OfficialSchemas.For(format, content))
            Assert.Empty(OfficialSchemas.Errors(content, schema));
        using var stream = new MemoryStream(content);
        return XDocument.Load(stream);
    }

    /// <summary>Exports the fiscal year's FEC, checks every FEC rule, and returns the balance (credit − debit) of each account.</summary>
    public async Task<IReadOnlyDictionary<string, decimal>> FecBalancesAsync()
    {
        await Cli.OkAsync("export", "fec", "--company", Company, "--fiscal-year-end", Closing.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--out", outFolder);
        var path = Path.Combine(outFolder, string.Create(CultureInfo.InvariantCulture, $"{Siren}FEC{Closing:yyyyMMdd}.txt"));
        Assert.Empty(FecFileChecker.CheckFile(path, Siren, Closing));
        return (await File.ReadAllLinesAsync(path)).Skip(1).Select(l => l.Split('\t'))
            .GroupBy(r => r[4]).ToDictionary(g => g.Key, g => g.Sum(r => FecAmount(r[12]) - FecAmount(r[11])), StringComparer.Ordinal);
    }

    /// <summary>The one element named <paramref name="localName"/> as a decimal.</summary>
    public static decimal Amount(XDocument xml, string localName) =>
        decimal.Parse(xml.Descendants().Single(e => e.Name.LocalName == localName).Value, CultureInfo.InvariantCulture);

    /// <summary>The first child's text of each element named <paramref name="localName"/> (BG-3: the referenced number).</summary>
    public static IReadOnlyList<string> FirstChildren(XDocument xml, string localName) =>
        xml.Descendants().Where(e => e.Name.LocalName == localName).Select(e => e.Elements().First().Value).ToList();

    private static decimal FecAmount(string value) =>
        value.Length == 0 ? 0m : decimal.Parse(value.Replace(',', '.'), CultureInfo.InvariantCulture);
}
