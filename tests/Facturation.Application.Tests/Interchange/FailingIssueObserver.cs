using Facturation.Application.Issuing;
using Facturation.Domain.Documents;

namespace Facturation.Application.Tests.Interchange;

/// <summary>Breaks the issue of the document with a given source id, as a crashed disk or a failing outbox would.</summary>
internal sealed class FailingIssueObserver(string sourceId) : IIssueObserver
{
    public Task BeforeCommitAsync(Document document, CancellationToken cancellationToken) =>
        document.SourceId == sourceId ? throw new IOException("disk unplugged") : Task.CompletedTask;
}
