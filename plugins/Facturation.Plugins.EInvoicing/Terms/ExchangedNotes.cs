using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>The invoice notes (BG-1) a snapshot exchanges in CII and UBL: its notes, then each legal mention printed on
/// the document (with its UNTDID 4451 subject code, BT-21) whose text is not already among them.</summary>
internal static class ExchangedNotes
{
    /// <summary>The notes of <paramref name="snapshot"/>, mentions included.</summary>
    public static IEnumerable<DocumentNote> For(DocumentSnapshot snapshot)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in snapshot.Document.Notes)
        {
            if (string.IsNullOrWhiteSpace(note.Text))
                continue;
            texts.Add(note.Text);
            yield return note;
        }
        foreach (var mention in snapshot.Mentions)
        {
            if (!string.IsNullOrWhiteSpace(mention.Text) && texts.Add(mention.Text))
                yield return new DocumentNote(mention.Text, mention.SubjectCode);
        }
    }
}
