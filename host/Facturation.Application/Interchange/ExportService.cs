using System.Text.Json;
using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Interchange;

/// <summary>
/// Writes companies, customers, items and draft documents in the JSON interchange format that import reads, plus
/// numbered documents in a separate read-only <c>issued</c> section. The same data always gives the same bytes.
/// </summary>
/// <param name="contexts">Database.</param>
public sealed class ExportService(IDbContextFactory<FacturationDbContext> contexts)
{
    /// <summary>Exports every company, or one.</summary>
    /// <param name="output">Where to write (UTF-8, no BOM).</param>
    /// <param name="companyCode">Only this company, when given.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>What was written, or a not-found problem for an unknown company.</returns>
    public Task<Outcome<ExportSummary>> ExportJsonAsync(Stream output, string? companyCode, CancellationToken cancellationToken) =>
        ExportJsonAsync(output, companyCode, null, cancellationToken);

    /// <summary>Exports every company, or one, reporting how far it is.</summary>
    /// <param name="output">Where to write (UTF-8, no BOM).</param>
    /// <param name="companyCode">Only this company, when given.</param>
    /// <param name="progress">Told the stage and the records written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>What was written, or a not-found problem for an unknown company.</returns>
    public async Task<Outcome<ExportSummary>> ExportJsonAsync(Stream output, string? companyCode, IProgress<WorkProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        progress?.Report(new WorkProgress("reading the database"));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One read transaction: a consistent picture even while others write.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => companyCode == null || c.Code == companyCode).ToListAsync(cancellationToken);
        if (companyCode is not null && companies.Count == 0)
            return Outcome<ExportSummary>.Failure(CompanyService.NotFound(companyCode).Problems);
        var selection = await ExportSelection.LoadAsync(db, companies, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var records = new RecordCounter(progress,
            selection.Companies.Count + selection.Customers.Count + selection.Items.Count + selection.Drafts.Count + selection.Issued.Count);
        await using (var writer = new Utf8JsonWriter(output, InterchangeJson.Options))
            Write(writer, selection, records);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        return Outcome<ExportSummary>.Success(new ExportSummary(
            selection.Companies.Count, selection.Customers.Count, selection.Items.Count, selection.Drafts.Count, selection.Issued.Count, selection.NotExported));
    }

    private static void Write(Utf8JsonWriter writer, ExportSelection selection, RecordCounter records)
    {
        writer.WriteStartObject();
        writer.WriteString("format", InterchangeLimits.FormatName);
        writer.WriteNumber("version", InterchangeLimits.FormatVersion);
        writer.WriteStartArray(RecordKinds.Companies);
        foreach (var company in selection.Companies)
        {
            CompanyWriter.Write(writer, company);
            records.Written();
        }
        writer.WriteEndArray();
        writer.WriteStartArray(RecordKinds.Customers);
        foreach (var (customer, company) in selection.Customers)
        {
            CustomerWriter.Write(writer, customer, company);
            records.Written();
        }
        writer.WriteEndArray();
        writer.WriteStartArray(RecordKinds.Items);
        foreach (var (item, company) in selection.Items)
        {
            ItemWriter.Write(writer, item, company);
            records.Written();
        }
        writer.WriteEndArray();
        writer.WriteStartArray(RecordKinds.Documents);
        foreach (var (document, company, customer) in selection.Drafts)
        {
            DocumentWriter.Write(writer, document, company, customer);
            records.Written();
        }
        writer.WriteEndArray();
        writer.WriteStartArray(RecordKinds.Issued);
        foreach (var (document, company, customer) in selection.Issued)
        {
            IssuedWriter.Write(writer, document, company, customer);
            records.Written();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
