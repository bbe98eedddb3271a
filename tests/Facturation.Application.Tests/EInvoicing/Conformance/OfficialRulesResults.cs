namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>For each rule set run (by name): the Saxon process and the report of each matrix document (by case name).</summary>
internal sealed record OfficialRulesResults(IReadOnlyDictionary<string, (SaxonRun Run, IReadOnlyDictionary<string, SvrlReport> Reports)> RuleSets)
{
    public SvrlReport Report(OfficialRuleSet ruleSet, string caseName) => RuleSets[ruleSet.Name].Reports[caseName];
}
