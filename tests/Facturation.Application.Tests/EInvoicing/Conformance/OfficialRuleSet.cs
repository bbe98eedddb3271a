using Facturation.Tests.Shared;

namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>An official Schematron compiled to XSLT 2 (in the repository's <c>standards/schematron</c>, unmodified) and
/// the syntax of the documents it validates.</summary>
internal sealed record OfficialRuleSet(string Name, string Stylesheet, string Syntax)
{
    /// <summary>CEN/TC 434 EN 16931 validation artefacts 1.3.16, CII binding.</summary>
    public static readonly OfficialRuleSet En16931Cii = new("EN16931-CII", "schematron/en16931/EN16931-CII-validation.xslt", "cii");

    /// <summary>CEN/TC 434 EN 16931 validation artefacts 1.3.16, UBL binding.</summary>
    public static readonly OfficialRuleSet En16931Ubl = new("EN16931-UBL", "schematron/en16931/EN16931-UBL-validation.xslt", "ubl");

    /// <summary>The French reform's BR-FR rules (Flux 2), CII binding.</summary>
    public static readonly OfficialRuleSet BrFrCii = new("BR-FR-CII", "schematron/br-fr/BR-FR-Flux2-Schematron-CII.xslt", "cii");

    /// <summary>The French reform's BR-FR rules (Flux 2), UBL binding: needs XSLT 3 patterns Saxon-HE 9.9 cannot compile
    /// (see README.md), so it is not run on the documents.</summary>
    public static readonly OfficialRuleSet BrFrUbl = new("BR-FR-UBL", "schematron/br-fr/BR-FR-Flux2-Schematron-UBL.xslt", "ubl");

    /// <summary>The rule sets run on every document of the matrix.</summary>
    public static readonly IReadOnlyList<OfficialRuleSet> Run = [En16931Cii, En16931Ubl, BrFrCii];

    public string StylesheetPath => SharedStandards.PathOf(Stylesheet);
}
