using Facturation.Application.Common;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Domain.Totals;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// Before an import with <c>--issue</c> writes anything, checks that each new draft could be issued today the way the
/// issue service will: it has lines, its company's plugins load and accept their settings, its series allows no gaps
/// for invoices, the regime decides every line and the totals price, and today is not before the series' last issue.
/// A draft that would be refused refuses the whole import, so issuing rarely stops half-way.
/// </summary>
internal static class IssueRehearsal
{
    public static async Task CheckAsync(
        ImportPlan plan, ExistingData existing, ExtensionRegistry extensions, TimeProvider time, ImportErrorList errors, CancellationToken cancellationToken)
    {
        var reportedSeries = new HashSet<(Guid, string)>();
        foreach (var draft in plan.Documents)
        {
            var at = draft.Record.At;
            var document = draft.Document;
            if (document.Lines.Count == 0)
                errors.Add(at, "lines", "document.empty", "A document without lines cannot be issued (--issue): add at least one line.");
            var plugins = extensions.For(draft.Company);
            if (!plugins.Succeeded)
            {
                errors.AddRange(at, plugins.Problems, "company");
                continue;
            }
            var ext = plugins.Value!;
            if (ext.Numbering.Capabilities.MayLeaveGaps && document.Type is not (DocumentType.Quote or DocumentType.DeliveryNote))
            {
                errors.Add(at, "type", "numbering.gaps-not-allowed",
                    $"Numbering scheme '{ext.Numbering.Id}' may leave gaps; invoices need a continuous series.");
            }
            var issueDate = Clock.Today(time, draft.Company.TimeZone);
            var series = ext.Numbering.DescribeSeries(new NumberingSeriesRequest(document.Type, ext.NumberingSettings));
            var key = series.Reset == CounterReset.Yearly ? $"{series.SeriesKey}/{issueDate.Year:D4}" : series.SeriesKey;
            var counter = existing.Counters.FirstOrDefault(c => c.CompanyId == draft.Company.Id && c.SeriesKey == key);
            if (counter?.LastIssueDate is { } last && issueDate < last && reportedSeries.Add((draft.Company.Id, key)))
            {
                errors.Add(at, null, "numbering.backdated",
                    $"Today ({issueDate:yyyy-MM-dd}) is earlier than the last document of series '{key}' ({last:yyyy-MM-dd}); numbers must be chronological.");
            }
            if (document.Lines.Count == 0)
                continue;
            var business = SnapshotFactory.Build(document, draft.Company, draft.Customer, issueDate, null, []);
            var assessment = await ext.TaxRegime.AssessAsync(new TaxAssessmentRequest(business, ext.TaxSettings), cancellationToken);
            errors.AddRange(at, assessment.Succeeded
                ? DocumentPricing.Price(business, assessment.Value!, SnapshotFactory.FixedDecisions(document)).Problems
                : assessment.Problems);
        }
    }
}
