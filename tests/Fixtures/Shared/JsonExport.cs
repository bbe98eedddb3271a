using System.Text;
using Facturation.Sdk.Accounting;
using Newtonsoft.Json;

namespace Fixtures.Json;

/// <summary>
/// Writes each entry with Newtonsoft.Json, prefixed by the Newtonsoft assembly version it runs with. Compiled
/// into Fixtures.Json12 and Fixtures.Json13, which differ only by the Newtonsoft version they reference.
/// </summary>
public sealed class JsonExport : IAccountingExport
{
    private static readonly string Major = typeof(JsonConvert).Assembly.GetName().Version!.Major.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Id => "json" + Major;

    public string DisplayName => "JSON via Newtonsoft " + Major;

    public string GetFileName(AccountingExportRequest request) => "entries.json";

    public async ValueTask WriteAsync(AccountingExportRequest request, IAsyncEnumerable<LedgerEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        var version = typeof(JsonConvert).Assembly.GetName().Version;
        await output.WriteAsync(Encoding.UTF8.GetBytes($"newtonsoft={version}\n"), cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var line = JsonConvert.SerializeObject(new { entry.DocumentReference, entry.Sequence }) + "\n";
            await output.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
        }
    }
}
