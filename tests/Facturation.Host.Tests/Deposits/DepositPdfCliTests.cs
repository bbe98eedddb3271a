using System.Diagnostics;
using System.Text;

namespace Facturation.Host.Tests.Deposits;

/// <summary>The final invoice after a 30 % deposit printed by <c>render --format pdf</c> and read back with poppler's pdftotext.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
[Trait("Requires", "poppler")]
public sealed class DepositPdfCliTests : IDisposable
{
    private readonly CliSession _cli = new();
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("facturation-deposits-pdf-");

    [Fact]
    public async Task FinalInvoicePdf_PrintsTheWholeSale_TheDepositPerRate_AndTheAmountDue()
    {
        var scenario = new DepositScenario(_cli, _out.FullName);
        await scenario.CreateCompanyAndCustomerAsync();
        var quote = await scenario.AcceptedQuoteAsync(["--description", "Rénovation de la cuisine", "--price", "3500"]);
        var deposit = await scenario.IssueDepositAsync(quote, "--percentage", "30");
        var final = await scenario.IssueFinalAsync(quote);
        var pdf = Path.Combine(_out.FullName, "final.pdf");

        await _cli.OkAsync("render", final, "--company", DepositScenario.Company, "--format", "pdf", "--out", pdf);

        var text = await PdfTextAsync(pdf);
        // Whole sale, the deposit's line (number, rate, base, VAT, with VAT), what it deducts, and the amount due.
        Assert.Contains("Total TTC 4 200,00 €", text, StringComparison.Ordinal);
        Assert.Contains("Acomptes déduits", text, StringComparison.Ordinal);
        Assert.Matches($"{deposit} du \\d{{1,2}} \\w+ \\d{{4}} S 20 % 1 050,00 € 210,00 € 1 260,00 €", text);
        Assert.Contains("Acomptes déduits TTC -1 260,00 €", text, StringComparison.Ordinal);
        Assert.Contains("Net à payer 2 940,00 €", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4 200,00 € Net à payer", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _out.Delete(recursive: true);
    }

    // pdftotext in the order the page draws its text (-raw: the document's order, a label then its amount), not in
    // physical layout order, where a label and its amount beside a taller table can land on two lines; spaces of every
    // kind (French thousands use U+202F) and line ends become one space.
    private static async Task<string> PdfTextAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in new[] { "-raw", "-enc", "UTF-8", pdf, "-" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "pdftotext failed: " + await process.StandardError.ReadToEndAsync());
        return string.Join(' ', output.Split((char[])[' ', '\u00A0', '\u202F', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }
}
