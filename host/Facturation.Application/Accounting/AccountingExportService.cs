using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting;

/// <summary>
/// Exports a fiscal year of a company's sales journal through an accounting-export plugin (FEC, ...): entries are
/// built from the issued snapshots and streamed to the plugin, which writes a temporary file that replaces the
/// target only when complete (<see cref="AtomicFile"/>) — a failed export leaves no half-written file.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins.</param>
public sealed class AccountingExportService(IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions)
{
    /// <summary>Writes the export file.</summary>
    /// <param name="input">Company, format, fiscal year and folder.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>What was written, or the problems (unknown company or format, a date off the company's fiscal year, no SIREN ...).</returns>
    public async Task<Outcome<AccountingExportSummary>> ExportAsync(AccountingExportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Code == input.CompanyCode, cancellationToken);
        if (company is null)
            return Outcome<AccountingExportSummary>.Failure(CompanyService.NotFound(input.CompanyCode).Problems);
        var period = Period(company, input, out var periodProblem);
        if (period is null)
            return Outcome<AccountingExportSummary>.Failure([periodProblem!]);
        var plugin = extensions.AccountingExport(company, input.Format);
        if (!plugin.Succeeded)
            return Outcome<AccountingExportSummary>.Failure(plugin.Problems);
        var (export, settings) = plugin.Value;
        var request = new AccountingExportRequest(SnapshotFactory.Seller(company), period, new CurrencyCode(company.AccountingCurrency), settings);
        string fileName;
        try
        {
            fileName = export.GetFileName(request);
        }
        catch (ArgumentException e)
        {
            return Outcome<AccountingExportSummary>.Failure("export.file-name", e.Message, "Company");
        }
        if (!Directory.Exists(input.OutputDirectory))
            return Outcome<AccountingExportSummary>.Failure("export.folder-missing", $"Folder '{input.OutputDirectory}' does not exist.", "OutputDirectory");

        var target = Path.Combine(input.OutputDirectory, fileName);
        // A rename over a device or a fifo would replace it with a regular file.
        if (PathKinds.Of(target) is not (PathKind.Missing or PathKind.RegularFile) and var kind)
            return Outcome<AccountingExportSummary>.Failure("export.target-not-regular", $"'{target}' is {PathKinds.Describe(kind)}, not a regular file.", "OutputDirectory");
        // One read transaction: the export is a consistent picture even while others issue.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counted = new CountedEntries(SalesJournalSource.ReadAsync(db, company.Id, period, cancellationToken), input.Progress);
        try
        {
            await AtomicFile.WriteAsync(target, async (stream, token) =>
            {
                await export.WriteAsync(request, counted, stream, token);
                return true;
            }, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            return Outcome<AccountingExportSummary>.Failure("export.invalid-entry", e.Message, "Entries");
        }
        return Outcome<AccountingExportSummary>.Success(new AccountingExportSummary(target, period, counted.Count));
    }

    private static AccountingPeriod? Period(Company company, AccountingExportInput input, out Problem? problem)
    {
        problem = null;
        var end = input.FiscalYearEnd;
        if (!FiscalYear.ClosesOn(company.FiscalYearEnd, end))
        {
            problem = new Problem("fiscal-year.not-a-closing-date",
                $"{end:yyyy-MM-dd} is not a closing date of company '{company.Code}': its fiscal year closes on {company.FiscalYearEnd} (company setting FiscalYearEnd).",
                "FiscalYearEnd");
            return null;
        }
        var start = input.FiscalYearStart ?? FiscalYear.StartOf(end);
        if (start > end || start.AddMonths(FiscalYear.MaxMonths) <= end)
        {
            problem = new Problem("fiscal-year.length",
                $"A fiscal year from {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is not possible: it must start before it closes and last at most {FiscalYear.MaxMonths} months.",
                "FiscalYearStart");
            return null;
        }
        return new AccountingPeriod(start, end);
    }
}
