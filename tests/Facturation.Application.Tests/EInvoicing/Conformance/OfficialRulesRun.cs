using Facturation.Application.EInvoicing;

namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>
/// Every document of the e-invoicing matrix exported for real (CII and UBL through <see cref="EInvoiceService"/>),
/// then each official rule set applied once to the folder of its syntax. Made once per test class and shared by its
/// tests; the temp folder goes with it.
/// </summary>
public sealed class OfficialRulesRun : IDisposable
{
    private readonly object _gate = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-schematron-");
    private Task<OfficialRulesResults>? _results;

    internal Task<OfficialRulesResults> ResultsAsync(EInvoiceMatrix matrix)
    {
        lock (_gate)
            return _results ??= RunAsync(matrix);
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<OfficialRulesResults> RunAsync(EInvoiceMatrix matrix)
    {
        var service = matrix.App.Get<EInvoiceService>();
        foreach (var syntax in new[] { "cii", "ubl" })
        {
            var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "documents", syntax));
            foreach (var name in EInvoiceMatrix.CaseNames)
            {
                var issued = matrix[name];
                var file = await service.ExportAsync(issued.CompanyCode, issued.Number, syntax, null, default);
                if (!file.Succeeded)
                    throw new InvalidOperationException($"{name} was not exported as {syntax}: {string.Join("; ", file.Problems)}");
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, name + ".xml"), file.Value!.Content);
            }
        }
        var runs = await Task.WhenAll(OfficialRuleSet.Run.Select(async ruleSet =>
        {
            var outputs = Path.Combine(_folder.FullName, "svrl", ruleSet.Name);
            var run = await Saxon.TransformFolderAsync(ruleSet.StylesheetPath, Path.Combine(_folder.FullName, "documents", ruleSet.Syntax), outputs);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"Saxon could not apply {ruleSet.Name} (exit code {run.ExitCode}): {run.Messages}");
            var reports = EInvoiceMatrix.CaseNames.ToDictionary(name => name, name => SvrlReport.Load(Path.Combine(outputs, name + ".xml")), StringComparer.Ordinal);
            return (ruleSet, run, reports);
        }));
        return new OfficialRulesResults(runs.ToDictionary(r => r.ruleSet.Name, r => (r.run, (IReadOnlyDictionary<string, SvrlReport>)r.reports), StringComparer.Ordinal));
    }
}
