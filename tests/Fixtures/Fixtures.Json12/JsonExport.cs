using System.Text;
using Facturation.Sdk.Accounting;
using Newtonsoft.Json;

namespace Fixtures.Json12;

/// <summary>Writes each entry with Newtonsoft.Json, prefixed by the Newtonsoft assembly version it runs with.</summary>
public sealed class JsonExport : IAccountingExport
{
    public string Id => "json12";

    public string DisplayName => "JSON via Newtonsoft 12";

    public string GetFileName(AccountingExportRequest request) => "entries.json";

    public async ValueTask WriteAsync(AccountingExportRequest request, IAsyncEnumerable<LedgerEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        var version = typeof(JsonConvert).Assembly.GetName().Version;
        var header = Encoding.UTF8.GetBytes($"newtonsoft={version}\n");
        await output.WriteAsync(header, cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var line = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(new { entry.DocumentReference, entry.Sequence }) + "\n");
            await output.WriteAsync(line, cancellationToken);
        }
    }
}
