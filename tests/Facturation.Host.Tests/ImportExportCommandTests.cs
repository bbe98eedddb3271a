namespace Facturation.Host.Tests;

/// <summary>Argument errors and exit codes of <c>facturation import</c> and <c>export json</c>, through the real process.</summary>
public sealed class ImportExportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-import-cli-");

    [Fact]
    public async Task Import_FileThatDoesNotExist_ExitsWith2NamingTheArgument()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "import", Path.Combine(_folder.FullName, "missing.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Argument <file>", stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutFile_ExitsWith2()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "import");

        Assert.Equal(2, exitCode);
        Assert.Contains("Argument <file> is required", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownExtension_ExitsWith2NamingTheFormatOption()
    {
        var file = Write("data.txt", "{}");

        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "import", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("Option '--format'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CsvWithoutCompany_ExitsWith2NamingTheCompanyOption()
    {
        var file = Write("customers.csv", "sourceId,code,name\nS1,C1,Client\n");

        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "import", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("Option '--company' is required with a CSV file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileWithErrors_ExitsWith1ListingEachError()
    {
        var file = Write("bad.json", """
            { "version": 1, "customers": [ { "sourceId": "S1", "companyCode": "nope", "code": "C1", "name": "Client",
              "siren": "123456789", "billingAddress": { "line1": "1 rue A", "city": "Lyon", "country": "FR" } } ] }
            """);

        var (exitCode, stdout, stderr) = await FacturationProcess.RunAsync(null, "import", file, "--json");

        Assert.Equal(1, exitCode);
        Assert.Contains("customers[0] (S1) siren: SIREN '123456789'", stderr, StringComparison.Ordinal);
        Assert.Contains("customers[0] (S1) companyCode: No company with code 'nope'", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", stderr, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"refused\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutOut_ExitsWith2NamingTheOption()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "export", "json");

        Assert.Equal(2, exitCode);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IntoAMissingFolder_ExitsWith2NamingTheOption()
    {
        var (exitCode, _, stderr) = await FacturationProcess.RunAsync(null, "export", "json", "--out", Path.Combine(_folder.FullName, "no", "such", "x.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Option '--out': folder", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
