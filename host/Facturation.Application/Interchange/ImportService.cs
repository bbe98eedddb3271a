using System.Text.Json;
using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Planning;
using Facturation.Application.Interchange.Reading;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Persistence;
using Facturation.Persistence.Audit;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Interchange;

/// <summary>
/// Imports companies, customers, items and draft documents from a JSON interchange file, or customers or items from a
/// CSV file. Every record is checked with the rules the services apply; every error is reported with its record and
/// field; the import is all-or-nothing (one transaction). A record whose source id was imported before is skipped when
/// identical and refused as a conflict when different, so importing a file twice changes nothing.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins, to check the companies' regimes, schemes and settings.</param>
/// <param name="issuing">Issues the imported drafts when asked.</param>
/// <param name="time">Clock.</param>
public sealed class ImportService(
    IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions, IssueService issuing, TimeProvider time)
{
    /// <summary>Reads, checks and (when there is no error) writes a file; then issues its drafts when asked.</summary>
    /// <param name="request">The file and options.</param>
    /// <param name="cancellationToken">Cancels (before the commit, nothing is written).</param>
    /// <returns>The counts, or every error; and what issuing did.</returns>
    public async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ImportErrorList();
        var progress = request.Progress;
        progress?.Report(new WorkProgress("reading the file"));
        var content = await InterchangeFileReader.ReadAsync(request, errors, cancellationToken);
        progress?.Report(new WorkProgress($"checking {content.Count} records"));
        var now = time.GetUtcNow();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The checks and the writes share one transaction (SQLite: the write lock is taken now), so what was checked
        // is what is written.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await ExistingData.LoadAsync(db, content, cancellationToken);
        var plan = ImportPlanner.Plan(content, existing, extensions, errors, now);
        if (!errors.Any && request.Issue)
            await IssueRehearsal.CheckAsync(plan, existing, extensions, time, errors, cancellationToken);
        if (errors.Any)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ImportReport { Status = ImportStatus.Refused, Counts = plan.Counts(), Errors = errors.Sorted(), IgnoredIssued = content.IgnoredIssued };
        }

        progress?.Report(new WorkProgress("writing"));
        db.Companies.AddRange(plan.Companies);
        db.Customers.AddRange(plan.Customers);
        db.CatalogItems.AddRange(plan.Items);
        db.Documents.AddRange(plan.Documents.Select(d => d.Document));
        db.AuditEvents.Add(new AuditEvent
        {
            At = now, Actor = "import", Action = "interchange.imported",
            Detail = JsonSerializer.Serialize(new { File = Path.GetFileName(request.FilePath), Counts = plan.Counts() }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var report = new ImportReport { Status = ImportStatus.Imported, Counts = plan.Counts(), IgnoredIssued = content.IgnoredIssued };
        return request.Issue ? await IssueAsync(plan, report, progress, cancellationToken) : report;
    }

    // After the commit, each draft is issued in file order through the issue service (its own transaction each). The
    // rehearsal makes a refusal unlikely; if one happens anyway, issuing stops there and the report names exactly which
    // drafts were issued and which stay drafts (the import itself stays committed).
    private async Task<ImportReport> IssueAsync(ImportPlan plan, ImportReport report, IProgress<WorkProgress>? progress, CancellationToken cancellationToken)
    {
        var issued = new List<ImportedIssue>();
        for (var i = 0; i < plan.Documents.Count; i++)
        {
            progress?.Report(new WorkProgress("issuing", i, plan.Documents.Count));
            var draft = plan.Documents[i];
            var errors = new ImportErrorList();
            Outcome<IssuedDocument>? outcome = null;
            try
            {
                outcome = await issuing.IssueAsync(draft.Document.Id, cancellationToken);
                errors.AddRange(draft.Record.At, outcome.Problems);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The import is committed already: the caller must learn which drafts were issued, not only that something broke.
                errors.Add(draft.Record.At, null, "issue.failed", $"Issuing failed ({ex.GetType().Name}: {ex.Message}); this draft and the ones after it are not issued.");
            }
            if (outcome is not { Succeeded: true })
            {
                return report with
                {
                    Status = ImportStatus.IssueStopped,
                    Errors = errors.All,
                    Issued = issued,
                    NotIssued = plan.Documents.Skip(i).Select(d => d.Record.At.SourceId ?? "").ToList(),
                };
            }
            issued.Add(new ImportedIssue(draft.Record.At.SourceId ?? "", draft.Document.Id, outcome.Value!.Number));
        }
        return report with { Issued = issued };
    }
}
