namespace Facturation.Sdk.Accounting;

/// <summary>Writes ledger entries to a file in a named format (FEC, DATEV, CSV ...) for the accountant's software.</summary>
public interface IAccountingExport
{
    /// <summary>Stable format id, e.g. <c>fec</c>.</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>The file name the format requires for this export, e.g. <c>123456789FEC20261231.txt</c>.</summary>
    /// <param name="request">Company, period and settings.</param>
    /// <returns>The file name.</returns>
    string GetFileName(AccountingExportRequest request);

    /// <summary>
    /// Streams the entries, in validation order, to the output. Implementations write as they read, so memory
    /// does not grow with the number of entries.
    /// </summary>
    /// <param name="request">Company, period and settings.</param>
    /// <param name="entries">The period's entries in validation order.</param>
    /// <param name="output">Where the file's bytes go.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when everything is written.</returns>
    ValueTask WriteAsync(AccountingExportRequest request, IAsyncEnumerable<LedgerEntry> entries, Stream output, CancellationToken cancellationToken);
}
