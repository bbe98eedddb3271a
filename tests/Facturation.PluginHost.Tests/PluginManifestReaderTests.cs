namespace Facturation.PluginHost.Tests;

public sealed class PluginManifestReaderTests
{
    [Fact]
    public void Parse_CompleteManifest_ReadsEveryField()
    {
        var result = PluginManifestReader.Parse("""
            {
              // comments are allowed
              "id": "Acme.Belgium", "version": "1.2.3-beta.1", "name": "Belgium", "description": "BE pack",
              "sdk": "[1.0.0, 2.0.0)", "entryAssembly": "Acme.Belgium.dll", "entryType": "Acme.Belgium.Entry",
              "dependencies": [ { "id": "Acme.Common", "versions": "[1.0.0]" } ],
            }
            """);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var manifest = result.Manifest!;
        Assert.Equal("Acme.Belgium", manifest.Id);
        Assert.Equal("1.2.3-beta.1", manifest.Version.ToString());
        Assert.Equal("[1.0.0, 2.0.0)", manifest.SdkVersions.ToString());
        Assert.Equal("Acme.Belgium.Entry", manifest.EntryType);
        var dependency = Assert.Single(manifest.Dependencies);
        Assert.Equal("Acme.Common", dependency.Id);
        Assert.Equal("[1.0.0]", dependency.Versions.ToString());
    }

    [Fact]
    public void Parse_NoEntryAssembly_DefaultsToTheIdDotDll()
    {
        var result = PluginManifestReader.Parse("""{ "id": "Acme.X", "version": "1.0.0", "sdk": "1.0.0" }""");

        Assert.Equal("Acme.X.dll", result.Manifest!.EntryAssembly);
    }

    [Theory]
    [InlineData("""{ "id": "Acme", "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)", "entryAsembly": "Acme.dll" }""", "'entryAsembly' is not a known property")]
    [InlineData("""{ "id": "9lives", "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)" }""", "'id' must start with a letter")]
    [InlineData("""{ "id": "Acme", "version": "one", "sdk": "[1.0.0, 2.0.0)" }""", "'version' must be a semantic version such as 1.0.0; got 'one'")]
    [InlineData("""{ "id": "Acme", "version": "1.0.0", "sdk": "[2.0.0, 1.0.0)" }""", "'sdk' must be an SDK version range")]
    [InlineData("""{ "id": "Acme", "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)", "entryAssembly": "../evil.dll" }""", "'entryAssembly' must be a .dll file name inside the plugin folder")]
    [InlineData("""{ "id": "Acme", "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)", "dependencies": [ { "id": "B" } ] }""", "dependencies[0]: 'versions' is required")]
    [InlineData("""{ "id": "Acme", "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)", "dependencies": {} }""", "'dependencies' must be an array")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    [InlineData("""{ "id": 5, "version": "1.0.0", "sdk": "[1.0.0, 2.0.0)" }""", "'id' must be a non-empty string")]
    public void Parse_InvalidManifest_NamesTheFieldAndTheRule(string json, string expected)
    {
        var result = PluginManifestReader.Parse(json);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAll()
    {
        var result = PluginManifestReader.Parse("""{ "version": "x", "sdk": "y" }""");

        Assert.Equal(3, result.Errors.Count);
    }
}
