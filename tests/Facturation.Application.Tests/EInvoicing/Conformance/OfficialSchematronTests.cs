using System.Globalization;
using Facturation.Sdk.Common;
using Xunit.Abstractions;

namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>
/// The official rules, run by a real XSLT 2 engine (Saxon-HE) on every document of the e-invoicing matrix as the
/// product exports it: the EN 16931 Schematron (CII and UBL) finds no fatal error on any document, and the French
/// reform's BR-FR Schematron (Flux 2, CII) none on the French business-to-business documents. What is not run, and
/// why, is in README.md beside this file.
/// </summary>
[Collection(EInvoiceMatrixGroup.Name)]
[Trait("Category", "ExternalTools")]
[Trait("Requires", "java")]
public sealed class OfficialSchematronTests(EInvoiceMatrix matrix, OfficialRulesRun run, ITestOutputHelper output) : IClassFixture<OfficialRulesRun>
{
    public static TheoryData<string, string> CasesAndSyntaxes() => EInvoiceMatrix.CasesAndFormats();

    public static TheoryData<string> FrenchBusinessCases() => new(EInvoiceMatrix.FrenchBusinessCaseNames);

    public static TheoryData<string> Cases() => new(EInvoiceMatrix.CaseNames);

    public static TheoryData<string> FrancePackCases() => new(EInvoiceMatrix.FrancePackCaseNames);

    [Theory]
    [MemberData(nameof(CasesAndSyntaxes))]
    public async Task ExportedDocument_BreaksNoFatalEn16931Rule(string name, string syntax)
    {
        var results = await run.ResultsAsync(matrix);

        var report = results.Report(syntax == "cii" ? OfficialRuleSet.En16931Cii : OfficialRuleSet.En16931Ubl, name);

        Assert.True(report.FiredRules > 0, $"no EN 16931 rule fired on {name} ({syntax}): the stylesheet did not see the document");
        Assert.True(report.Fatal.Count == 0, $"{name} ({syntax}):{Environment.NewLine}{string.Join(Environment.NewLine, report.Fatal)}");
    }

    [Theory]
    [MemberData(nameof(FrenchBusinessCases))]
    public async Task FrenchBusinessDocument_BreaksNoFatalBrFrRule(string name)
    {
        var results = await run.ResultsAsync(matrix);

        var report = results.Report(OfficialRuleSet.BrFrCii, name);

        Assert.True(report.FiredRules > 0, $"no BR-FR rule fired on {name}");
        Assert.True(report.Fatal.Count == 0, $"{name}:{Environment.NewLine}{string.Join(Environment.NewLine, report.Fatal)}");
    }

    [Theory]
    [MemberData(nameof(FrancePackCases))]
    public async Task EveryDocument_CarriesThePaymentTermsNotesOnce(string name)
    {
        // BR-FR-05/06: the PMD, PMT and AAB notes, each once, on every document issued with the France pack (its
        // fr-mentions rules add them), consumers' and foreign buyers' included (the rest of BR-FR does not govern
        // those, see FrenchBusinessCases).
        var results = await run.ResultsAsync(matrix);

        var report = results.Report(OfficialRuleSet.BrFrCii, name);

        var notes = report.Failures.Where(f => f.Id.StartsWith("BR-FR-05", StringComparison.Ordinal) || f.Id.StartsWith("BR-FR-06", StringComparison.Ordinal)).ToList();
        Assert.True(notes.Count == 0, $"{name}:{Environment.NewLine}{string.Join(Environment.NewLine, notes)}");
    }

    [Fact]
    public void FrenchBusinessCases_AreTheMatrixDocumentsBetweenTwoFrenchBusinesses()
    {
        // The BR-FR (Flux 2) rules govern domestic B2B invoices between French taxable persons; cross-border and B2C
        // sales go to e-reporting (Flux 10) instead. The list the theory uses must be exactly those documents.
        var domestic = EInvoiceMatrix.CaseNames.Where(name =>
        {
            var document = matrix[name].Snapshot.Document;
            return document.Seller.Address.Country.Value == "FR" && document.Buyer.Address.Country.Value == "FR"
                && document.Buyer.Kind == PartyKind.Business;
        });

        Assert.Equal(domestic.Order(StringComparer.Ordinal), EInvoiceMatrix.FrenchBusinessCaseNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryRuleSet_RanOnEveryDocument_CountsPrinted()
    {
        var results = await run.ResultsAsync(matrix);

        foreach (var (ruleSet, (saxon, reports)) in results.RuleSets)
        {
            Assert.Equal(EInvoiceMatrix.CaseNames.Order(StringComparer.Ordinal), reports.Keys.Order(StringComparer.Ordinal));
            Assert.All(reports.Values, r => Assert.True(r.FiredRules > 0, $"{ruleSet}: no rule fired on {r.Document}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ruleSet}: {reports.Count} documents, {reports.Values.Sum(r => r.FiredRules)} rules fired, {reports.Values.Sum(r => r.Fatal.Count)} fatal, {reports.Values.Sum(r => r.Warnings.Count)} warnings, {saxon.Elapsed.TotalSeconds:0.0} s"));
            foreach (var report in reports.Values.Where(r => r.Failures.Count > 0))
                output.WriteLine($"  {report.Document}: {string.Join(", ", report.Failures.Select(f => $"{f.Id} ({f.Flag})").Distinct())}");
        }
    }

    [Fact]
    public async Task BrFrUblStylesheet_NeedsXslt3PatternsSaxonHe99CannotCompile()
    {
        // Recorded rather than hidden: the published BR-FR UBL stylesheet uses match patterns that start with a
        // parenthesised union followed by a path, e.g. "(ubl:Invoice | cn:CreditNote)[...]/(cac:InvoiceLine | ...)/...",
        // which Saxon-HE 9.9 (Debian 12) refuses to turn into patterns. When a Saxon that compiles it is installed this
        // test fails: run the stylesheet on the UBL documents then (OfficialRuleSet.Run) and delete this test.
        var folder = Directory.CreateTempSubdirectory("facturation-brfr-ubl-");
        try
        {
            var source = Directory.CreateDirectory(Path.Combine(folder.FullName, "in"));
            File.Copy(Facturation.Tests.Shared.SharedStandards.PathOf("samples/facturx/ubl-21-en16931.xml"), Path.Combine(source.FullName, "sample.xml"));

            var saxon = await Saxon.TransformFolderAsync(OfficialRuleSet.BrFrUbl.StylesheetPath, source.FullName, Path.Combine(folder.FullName, "out"));

            Assert.NotEqual(0, saxon.ExitCode);
            Assert.Contains("Errors were reported during stylesheet compilation", saxon.Messages, StringComparison.Ordinal);
            Assert.Contains("Cannot convert the expression", saxon.Messages, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
