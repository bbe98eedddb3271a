using Facturation.Sdk.Accounting;

namespace Facturation.Plugins.France.Accounting;

/// <summary>STUB — being written.</summary>
public sealed class FecExport : IAccountingExport
{
    /// <inheritdoc />
    public string Id => "fec";

    /// <inheritdoc />
    public string DisplayName => "FEC (Fichier des écritures comptables)";

    /// <inheritdoc />
    public string GetFileName(AccountingExportRequest request) => throw new NotSupportedException("stub");

    /// <inheritdoc />
    public ValueTask WriteAsync(AccountingExportRequest request, IAsyncEnumerable<LedgerEntry> entries, Stream output, CancellationToken cancellationToken) =>
        throw new NotSupportedException("stub");
}
