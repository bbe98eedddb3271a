using System.Xml.Linq;

namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>
/// The Schematron Validation Report Language output of one document (ISO/IEC 19757-3 annex D): how many rules fired
/// (proof the rules ran on the document) and the assertions that failed, fatal ones apart from warnings.
/// </summary>
internal sealed record SvrlReport(string Document, int FiredRules, IReadOnlyList<SvrlAssertion> Failures)
{
    private static readonly XNamespace Svrl = "http://purl.oclc.org/dsdl/svrl";

    public IReadOnlyList<SvrlAssertion> Fatal => Failures.Where(f => f.IsFatal).ToList();

    public IReadOnlyList<SvrlAssertion> Warnings => Failures.Where(f => !f.IsFatal).ToList();

    public static SvrlReport Load(string path)
    {
        var svrl = XDocument.Load(path);
        var failures = svrl.Descendants()
            .Where(e => e.Name == Svrl + "failed-assert" || e.Name == Svrl + "successful-report")
            .Select(e => new SvrlAssertion(
                (string?)e.Attribute("id") ?? "(no id)",
                (string?)e.Attribute("flag") ?? "fatal",
                (string?)e.Attribute("location") ?? "",
                string.Join(' ', ((string?)e.Element(Svrl + "text") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .ToList();
        return new SvrlReport(Path.GetFileNameWithoutExtension(path), svrl.Descendants(Svrl + "fired-rule").Count(), failures);
    }
}
