using System.Text.Json;

namespace Facturation.Host.Tests;

/// <summary><c>facturation einvoice</c> through the real executable: CII, UBL and Factur-X files of an issued invoice, read back.</summary>
[Trait("Category", "ExternalTools")]
[Trait("Requires", "chromium")]
public sealed class EInvoiceCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-einvoice-cli-");

    private Dictionary<string, string> DataEnvironment => new() { ["FACTURATION_DATA"] = Path.Combine(_folder.FullName, "data") };

    [Fact]
    public async Task EInvoice_WritesCiiAndUbl_AndReadReturnsTheIssuedTotals()
    {
        var number = await IssueInvoiceAsync();
        var cii = Path.Combine(_folder.FullName, "invoice.cii.xml");
        var ubl = Path.Combine(_folder.FullName, "invoice.ubl.xml");

        var wroteCii = await RunOkAsync("einvoice", number, "--company", "acme", "--format", "cii", "--out", cii);
        var wroteUbl = await RunOkAsync("einvoice", number, "--company", "acme", "--format", "ubl", "--out", ubl);
        var intoFolder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "outbox")).FullName;
        await RunOkAsync("einvoice", number, "--company", "acme", "--format", "cii", "--out", intoFolder);
        var readCii = JsonDocument.Parse(await RunOkAsync("einvoice", "read", cii, "--json")).RootElement;
        var readUbl = JsonDocument.Parse(await RunOkAsync("einvoice", "read", ubl, "--json")).RootElement;
        var text = await RunOkAsync("einvoice", "read", ubl);

        Assert.Contains(number, wroteCii, StringComparison.Ordinal);
        Assert.Contains(number, wroteUbl, StringComparison.Ordinal);
        Assert.Contains("CrossIndustryInvoice", await File.ReadAllTextAsync(cii), StringComparison.Ordinal);
        Assert.Contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", await File.ReadAllTextAsync(ubl), StringComparison.Ordinal);
        Assert.False(File.Exists(cii + ".tmp"));
        Assert.Equal(await File.ReadAllBytesAsync(cii), await File.ReadAllBytesAsync(Path.Combine(intoFolder, $"{number}.cii.xml")));
        foreach (var (read, format) in new[] { (readCii, "cii"), (readUbl, "ubl") })
        {
            Assert.Equal(format, read.GetProperty("format").GetString());
            Assert.Equal(number, read.GetProperty("number").GetString());
            Assert.Equal("invoice", read.GetProperty("type").GetString());
            Assert.Equal("Atelier Dupont SAS", read.GetProperty("seller").GetProperty("name").GetString());
            Assert.Equal("552100554", read.GetProperty("buyer").GetProperty("siren").GetString());
            var totals = read.GetProperty("totals");
            // 2 h at 100.00 (20 %) + 3 books at 20.00 (5.5 %): 260.00 without VAT, 40.00 + 3.30 VAT.
            Assert.Equal(260.00m, totals.GetProperty("taxExclusive").GetDecimal());
            Assert.Equal(43.30m, totals.GetProperty("taxTotal").GetDecimal());
            Assert.Equal(303.30m, totals.GetProperty("amountDue").GetDecimal());
            Assert.Equal(2, read.GetProperty("taxBreakdown").GetArrayLength());
            Assert.Equal(0, read.GetProperty("problems").GetArrayLength());
        }
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("303.30", text, StringComparison.Ordinal);
        Assert.Contains("Problems: none", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EInvoice_WritesFacturXPdf_AndReadReturnsTheIssuedTotals()
    {
        var number = await IssueInvoiceAsync();
        var pdf = Path.Combine(_folder.FullName, "f.pdf");
        var intoFolder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "outbox")).FullName;

        var wrote = await RunOkAsync("einvoice", number, "--company", "acme", "--format", "facturx", "--out", pdf);
        await RunOkAsync("einvoice", number, "--company", "acme", "--format", "facturx", "--out", intoFolder);
        var read = JsonDocument.Parse(await RunOkAsync("einvoice", "read", pdf, "--json")).RootElement;
        var text = await RunOkAsync("einvoice", "read", Path.Combine(intoFolder, $"{number}.facturx.pdf"));
        var plainPdf = Path.Combine(_folder.FullName, "plain.pdf");
        await RunOkAsync("render", number, "--company", "acme", "--format", "pdf", "--out", plainPdf);
        var plain = await RunAsync("einvoice", "read", plainPdf);

        Assert.Contains(number, wrote, StringComparison.Ordinal);
        Assert.Contains("facturx", wrote, StringComparison.Ordinal);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(pdf), 0, 5));
        Assert.False(File.Exists(pdf + ".tmp"));
        Assert.Equal("facturx", read.GetProperty("format").GetString());
        Assert.Equal(number, read.GetProperty("number").GetString());
        Assert.Equal("invoice", read.GetProperty("type").GetString());
        var totals = read.GetProperty("totals");
        // 2 h at 100.00 (20 %) + 3 books at 20.00 (5.5 %): 260.00 without VAT, 40.00 + 3.30 VAT.
        Assert.Equal(260.00m, totals.GetProperty("taxExclusive").GetDecimal());
        Assert.Equal(43.30m, totals.GetProperty("taxTotal").GetDecimal());
        Assert.Equal(303.30m, totals.GetProperty("amountDue").GetDecimal());
        Assert.Equal(0, read.GetProperty("problems").GetArrayLength());
        Assert.Contains($"{number} read from", text, StringComparison.Ordinal);
        Assert.Contains("(facturx)", text, StringComparison.Ordinal);
        Assert.Contains("303.30", text, StringComparison.Ordinal);
        // A PDF that carries no invoice (the plain render) cannot be read as an e-invoice, saying what is missing.
        Assert.Equal(2, plain.ExitCode);
        Assert.Contains("factur-x.xml", plain.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EInvoice_BadFormatUnknownNumberAndForeignFile_AreRefusedAndWriteNothing()
    {
        var number = await IssueInvoiceAsync();
        var target = Path.Combine(_folder.FullName, "out.xml");
        var other = Path.Combine(_folder.FullName, "order.xml");
        await File.WriteAllTextAsync(other, "<?xml version=\"1.0\"?><Order xmlns=\"urn:example:orders\"><Id>1</Id></Order>");

        var badFormat = await RunAsync("einvoice", number, "--company", "acme", "--format", "edifact", "--out", target);
        var fresh = new Dictionary<string, string> { ["FACTURATION_DATA"] = Path.Combine(_folder.FullName, "fresh") };
        var missingFormat = await FacturationProcess.RunAsync(fresh, "einvoice", number, "--company", "acme", "--out", target);
        var unknown = await RunAsync("einvoice", "F1999-99999", "--company", "acme", "--format", "cii", "--out", target);
        var foreign = await RunAsync("einvoice", "read", other);
        var absent = await RunAsync("einvoice", "read", Path.Combine(_folder.FullName, "absent.xml"));

        Assert.Equal(2, badFormat.ExitCode);
        Assert.Contains("--format", badFormat.StdErr, StringComparison.Ordinal);
        Assert.Contains("'edifact'", badFormat.StdErr, StringComparison.Ordinal);
        Assert.Contains("facturx", badFormat.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, missingFormat.ExitCode);
        Assert.Contains("--format", missingFormat.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "fresh", "facturation.db")), "a missing argument must not even open the database");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("document.not-found", unknown.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(target + ".tmp"));
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("einvoice.unknown-syntax", foreign.StdErr, StringComparison.Ordinal);
        Assert.Contains("'Order'", foreign.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, absent.ExitCode);
        Assert.Contains("<file>", absent.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EInvoiceRead_ExitsZeroWhenClean_OneWhenTheFileBreaksRules_TwoWhenUnreadable()
    {
        var number = await IssueInvoiceAsync();
        var clean = Path.Combine(_folder.FullName, "clean.xml");
        await RunOkAsync("einvoice", number, "--company", "acme", "--format", "cii", "--out", clean);
        // The same file with a total that no longer adds up (BR-CO-15: total with VAT = total without VAT + VAT).
        var xml = await File.ReadAllTextAsync(clean);
        var broken = Path.Combine(_folder.FullName, "broken.xml");
        await File.WriteAllTextAsync(broken, xml.Replace("<ram:GrandTotalAmount>303.30</ram:GrandTotalAmount>", "<ram:GrandTotalAmount>313.30</ram:GrandTotalAmount>", StringComparison.Ordinal));
        var damaged = Path.Combine(_folder.FullName, "damaged.xml");
        await File.WriteAllTextAsync(damaged, xml[..(xml.Length / 2)]);

        var readClean = await RunAsync("einvoice", "read", clean);
        var readBroken = await RunAsync("einvoice", "read", broken, "--json");
        var readDamaged = await RunAsync("einvoice", "read", damaged, "--json");

        Assert.Equal(0, readClean.ExitCode);
        Assert.Equal(1, readBroken.ExitCode);
        var problems = JsonDocument.Parse(readBroken.StdOut).RootElement.GetProperty("problems");
        Assert.Contains(problems.EnumerateArray(), p => p.GetProperty("code").GetString() == "BR-CO-15" && p.GetProperty("ruleId").GetString() == "BR-CO-15");
        Assert.Contains("broken.xml breaks", readBroken.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, readDamaged.ExitCode);
        Assert.NotEqual(0, JsonDocument.Parse(readDamaged.StdOut).RootElement.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task EInvoiceRead_UblCreditNoteWithoutThePrecedingInvoiceDate_ReadsClean()
    {
        // BT-26 (the preceding invoice's date) is optional in EN 16931: a credit note that leaves it out is valid.
        var number = await IssueInvoiceAsync();
        var creditId = (await RunOkAsync("credit-note", "create", "--company", "acme", "--invoice", number, "--full")).Trim();
        var credit = (await RunOkAsync("credit-note", "issue", creditId)).Trim();
        var ubl = Path.Combine(_folder.FullName, "credit.xml");
        await RunOkAsync("einvoice", credit, "--company", "acme", "--format", "ubl", "--out", ubl);
        var xml = await File.ReadAllTextAsync(ubl);
        var start = xml.IndexOf("<cac:InvoiceDocumentReference>", StringComparison.Ordinal);
        var dateStart = xml.IndexOf("<cbc:IssueDate>", start, StringComparison.Ordinal);
        var dateEnd = xml.IndexOf("</cbc:IssueDate>", dateStart, StringComparison.Ordinal) + "</cbc:IssueDate>".Length;
        Assert.True(start > 0 && dateStart > start && dateEnd < xml.IndexOf("</cac:InvoiceDocumentReference>", start, StringComparison.Ordinal));
        var withoutDate = Path.Combine(_folder.FullName, "credit-without-bt26.xml");
        await File.WriteAllTextAsync(withoutDate, xml.Remove(dateStart, dateEnd - dateStart));

        var read = await RunAsync("einvoice", "read", withoutDate, "--json");

        Assert.True(read.ExitCode == 0, read.StdErr + read.StdOut);
        var preceding = Assert.Single(JsonDocument.Parse(read.StdOut).RootElement.GetProperty("precedingDocuments").EnumerateArray());
        Assert.Equal(number, preceding.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, preceding.GetProperty("issueDate").ValueKind);
        Assert.Contains("(date not stated)", (await RunAsync("einvoice", "read", withoutDate)).StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EInvoice_Json_DescribesTheFileWritten_OrListsTheProblems()
    {
        var number = await IssueInvoiceAsync();
        var target = Path.Combine(_folder.FullName, "out.xml");

        var written = JsonDocument.Parse(await RunOkAsync("einvoice", number, "--company", "acme", "--format", "ubl", "--out", target, "--json")).RootElement;
        var refused = await RunAsync("einvoice", "F1999-99999", "--company", "acme", "--format", "cii", "--out", target, "--json");

        Assert.Equal(target, written.GetProperty("file").GetString());
        Assert.Equal((number, "invoice", "ubl", "urn:cen.eu:en16931:2017"),
            (written.GetProperty("number").GetString(), written.GetProperty("type").GetString(), written.GetProperty("format").GetString(), written.GetProperty("profile").GetString()));
        Assert.Equal(new FileInfo(target).Length, written.GetProperty("bytes").GetInt64());
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("document.not-found", JsonDocument.Parse(refused.StdOut).RootElement.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Issue_FranchiseSellerWithoutVatNumber_IsRefusedWithTheRule_ThenIssuedOnceItsTaxRegistrationIsRecorded()
    {
        await RunOkAsync("company", "create", "--code", "micro", "--name", "Marie Lenoir EI", "--legal-form", "EI", "--siren", "443061841",
            "--address-line1", "5 rue des Lilas", "--post-code", "33000", "--city", "Bordeaux",
            "--tax-regime", "fr-vat", "--numbering", "fr-numbering", "--document-rules", "fr-mentions",
            "--setting", "Facturation.Plugins.France:vat.franchise-en-base=true");
        await RunOkAsync("customer", "create", "--company", "micro", "--code", "C001", "--name", "Client Martin SARL", "--siren", "552100554",
            "--address-line1", "3 avenue Foch", "--post-code", "69006", "--city", "Lyon");
        var id = (await RunOkAsync("invoice", "create", "--company", "micro", "--customer", "C001")).Trim();
        await RunOkAsync("invoice", "add-line", id, "--description", "Cours de piano", "--quantity", "4", "--price", "35", "--unit", "HUR");

        var refused = await RunAsync("invoice", "issue", id);
        await RunOkAsync("company", "update", "micro", "--tax-registration", "4430618410042");
        var issued = (await RunOkAsync("invoice", "issue", id)).Trim();
        var cii = Path.Combine(_folder.FullName, "micro.xml");
        await RunOkAsync("einvoice", issued, "--company", "micro", "--format", "cii", "--out", cii);

        Assert.Equal(1, refused.ExitCode);
        // field: message (code), the rule's published id as the code.
        Assert.Matches(@"(?m)^Seller\.VatNumber: \[BR-E-02\] .*Seller tax registration identifier \(BT-32\).* \(BR-E-02\)$", refused.StdErr);
        Assert.Equal(string.Empty, refused.StdOut);
        Assert.StartsWith("F", issued, StringComparison.Ordinal);
        Assert.EndsWith("-00001", issued, StringComparison.Ordinal);
        Assert.Contains("<ram:ID schemeID=\"FC\">4430618410042</ram:ID>", await File.ReadAllTextAsync(cii), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A France-pack company, a customer and one issued invoice at 20 % and 5.5 %; returns its number.</summary>
    private async Task<string> IssueInvoiceAsync()
    {
        await RunOkAsync("company", "create", "--code", "acme", "--name", "Atelier Dupont SAS", "--legal-form", "SAS", "--share-capital", "10000",
            "--siren", "732829320", "--siret", "73282932000074", "--rcs-city", "Paris", "--vat", "FR44732829320",
            "--address-line1", "12 rue de la Paix", "--post-code", "75002", "--city", "Paris", "--iban", "FR7630006000011234567890189",
            "--tax-regime", "fr-vat", "--numbering", "fr-numbering", "--document-rules", "fr-mentions");
        await RunOkAsync("customer", "create", "--company", "acme", "--code", "C001", "--name", "Client Martin SARL", "--siren", "552100554",
            "--address-line1", "3 avenue Foch", "--post-code", "69006", "--city", "Lyon");
        var id = (await RunOkAsync("invoice", "create", "--company", "acme", "--customer", "C001")).Trim();
        await RunOkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "2", "--price", "100", "--unit", "HUR");
        await RunOkAsync("invoice", "add-line", id, "--description", "Livre", "--quantity", "3", "--price", "20", "--tax-class", "reduced", "--nature", "goods");
        return (await RunOkAsync("invoice", "issue", id)).Trim();
    }

    private Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] arguments) =>
        FacturationProcess.RunAsync(DataEnvironment, arguments);

    private async Task<string> RunOkAsync(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await RunAsync(arguments);
        Assert.True(exitCode == 0, $"{string.Join(' ', arguments)} exited with {exitCode}: {stderr}");
        return stdout;
    }
}
