using System.Text.RegularExpressions;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>
/// The invoice note (BG-1) in UBL. UBL 2.1 has no element for the subject code (BT-21): the convention of the French
/// e-invoicing specifications (AFNOR XP Z12-012, also used by XRechnung) writes it as a prefix of the text,
/// <c>#CODE#text</c>, with the UNTDID 4451 code between the hashes, e.g. <c>#PMT#Indemnité forfaitaire…</c>.
/// </summary>
internal static partial class UblNoteText
{
    /// <summary>The text of <c>cbc:Note</c> for a note.</summary>
    public static string Format(DocumentNote note) =>
        string.IsNullOrWhiteSpace(note.SubjectCode) ? note.Text : $"#{note.SubjectCode}#{note.Text}";

    /// <summary>The note a received <c>cbc:Note</c> stands for: a leading <c>#CODE#</c> is the subject code.</summary>
    public static DocumentNote Parse(string text)
    {
        var match = SubjectPrefix().Match(text);
        return match.Success ? new DocumentNote(match.Groups["text"].Value, match.Groups["code"].Value) : new DocumentNote(text);
    }

    [GeneratedRegex("^#(?<code>[A-Z0-9]{1,3})#(?<text>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPrefix();
}
