namespace Facturation.Host.Tests;

/// <summary>Malformed or missing arguments: exit code 2 with the option and the rule named, before anything is opened.</summary>
public sealed class CliBadArgumentTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Theory]
    [InlineData("Option '--quantity': '1,5' is not a decimal number", "invoice", "add-line", "9b2f4c1e-5d6a-4f3b-8c7d-1e2f3a4b5c6d", "--quantity", "1,5")]
    [InlineData("Option '--due-date': '31/12/2025' is not a date written yyyy-MM-dd", "invoice", "create", "--company", "a", "--customer", "b", "--due-date", "31/12/2025")]
    [InlineData("Option '--min-total': 'abc' is not a decimal number", "invoice", "list", "--company", "a", "--min-total", "abc")]
    [InlineData("Option '--kind': 'alien' is not one of business|public|consumer", "customer", "create", "--company", "a", "--code", "c", "--name", "n", "--kind", "alien")]
    [InlineData("Option '--price' is required.", "item", "create", "--company", "a", "--code", "c", "--description", "d")]
    [InlineData("Argument 'id': 'INV-1' is not a document id", "invoice", "issue", "INV-1")]
    [InlineData("Unrecognized argument '--colour'.", "company", "list", "--colour")]
    public async Task BadArgument_ExitsWith2NamingTheOptionAndTheRule(string message, params string[] arguments)
    {
        var (exitCode, _, stderr) = await _cli.RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.DataFolder, "facturation.db")), "a bad argument must not even open the database");
    }

    public void Dispose() => _cli.Dispose();
}
