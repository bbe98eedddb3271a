namespace Facturation.Plugins.Tests.France.Accounting;

/// <summary>A folder under the temp path, deleted with its files at the end of the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("facturation-fec-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
