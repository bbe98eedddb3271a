using System.Text.Json;
using System.Text.Json.Nodes;

namespace Facturation.Host.Tests;

public sealed class JournalCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-journal-cli-");

    private Dictionary<string, string> DataEnvironment => new() { ["FACTURATION_DATA"] = Path.Combine(_folder.FullName, "data") };

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public async Task Journal_InvoicesIssuedThroughTheCli_HeadExportsAndVerifies_ForgedHeadExitsWith1()
    {
        await RunOkAsync("company", "create", "--code", "acme", "--name", "Atelier Dupont SAS", "--legal-form", "SAS", "--share-capital", "10000",
            "--siren", "732829320", "--siret", "73282932000074", "--rcs-city", "Paris", "--vat", "FR44732829320",
            "--address-line1", "12 rue de la Paix", "--post-code", "75002", "--city", "Paris", "--iban", "FR7630006000011234567890189");
        await RunOkAsync("customer", "create", "--company", "acme", "--code", "C001", "--name", "Client Martin SARL", "--siren", "552100554",
            "--address-line1", "3 avenue Foch", "--post-code", "69006", "--city", "Lyon");
        for (var i = 0; i < 2; i++)
        {
            var id = (await RunOkAsync("invoice", "create", "--company", "acme", "--customer", "C001")).Trim();
            await RunOkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "2", "--price", "100", "--unit", "HUR");
            await RunOkAsync("invoice", "issue", id);
        }
        await RunOkAsync("journal", "init-key", "--out", PathOf("journal.key"));

        await RunOkAsync("journal", "export-head", "--company", "acme", "--key-file", PathOf("journal.key"), "--out", PathOf("head.json"));
        var verified = JsonDocument.Parse(await RunOkAsync("journal", "verify", "--company", "acme", "--head", PathOf("head.json"), "--key-file", PathOf("journal.key"), "--json")).RootElement;
        var head = JsonNode.Parse(await File.ReadAllTextAsync(PathOf("head.json")))!;
        head["sequence"] = 1;
        await File.WriteAllTextAsync(PathOf("forged.json"), head.ToJsonString());
        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(DataEnvironment,
            "journal", "verify", "--company", "acme", "--head", PathOf("forged.json"), "--key-file", PathOf("journal.key"));

        Assert.True(verified.GetProperty("intact").GetBoolean());
        Assert.True(verified.GetProperty("headChecked").GetBoolean());
        Assert.Equal(2, verified.GetProperty("entriesChecked").GetInt64());
        Assert.Equal(2, verified.GetProperty("head").GetProperty("sequence").GetInt64());
        Assert.True(exitCode == 1, stderr);
        Assert.Contains("head.signature-invalid", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalVerify_WithoutCompany_ExitsWith2NamingTheOption()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(DataEnvironment, "journal", "verify");

        Assert.Equal(2, exitCode);
        Assert.Contains("--company", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalVerify_UnknownCompany_ExitsWith2NamingTheOption()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(DataEnvironment, "journal", "verify", "--company", "nobody");

        Assert.Equal(2, exitCode);
        Assert.Contains("--company: No company with code 'nobody'.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalVerify_HeadWithoutKeyFile_ExitsWith2NamingTheOption()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(DataEnvironment, "journal", "verify", "--company", "acme", "--head", PathOf("head.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--head needs --key-file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalVerify_MissingHeadFile_ExitsWith2NamingTheOption()
    {
        await RunOkAsync("journal", "init-key", "--out", PathOf("journal.key"));

        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(DataEnvironment,
            "journal", "verify", "--company", "acme", "--head", PathOf("none.json"), "--key-file", PathOf("journal.key"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--head: Head file", stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalExportHead_KeyFileOfTheWrongSize_ExitsWith2NamingTheOption()
    {
        await File.WriteAllTextAsync(PathOf("bad.key"), "not a key");

        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(DataEnvironment,
            "journal", "export-head", "--company", "acme", "--key-file", PathOf("bad.key"), "--out", PathOf("head.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--key-file: Key file", stderr, StringComparison.Ordinal);
        Assert.Contains("exactly 32 random bytes", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("head.json")));
    }

    [Fact]
    public async Task JournalInitKey_WritesAnOwnerOnlyKey_AndNeverOverwritesIt()
    {
        await RunOkAsync("journal", "init-key", "--out", PathOf("journal.key"));
        var key = await File.ReadAllBytesAsync(PathOf("journal.key"));

        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(DataEnvironment, "journal", "init-key", "--out", PathOf("journal.key"));

        Assert.Equal(32, key.Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PathOf("journal.key")));
        Assert.Equal(2, exitCode);
        Assert.Contains("--out:", stderr, StringComparison.Ordinal);
        Assert.Equal(key, await File.ReadAllBytesAsync(PathOf("journal.key")));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> RunOkAsync(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(DataEnvironment, arguments);
        Assert.True(exitCode == 0, $"{string.Join(' ', arguments)} exited with {exitCode}: {stderr}");
        return stdout;
    }
}
