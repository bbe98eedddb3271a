using System.Globalization;
using System.Text;

namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>
/// An incremental update (ISO 32000-1 §7.5.6): the original bytes are kept untouched; new and changed objects are
/// appended after them, followed by a classic cross-reference section (20-byte entries) listing only those objects
/// and a trailer whose <c>/Prev</c> points at the original section.
/// </summary>
internal sealed class IncrementalUpdate(PdfFile original)
{
    private readonly SortedDictionary<int, (int Generation, PdfValue Value)> _objects = [];
    private int _nextNumber = (int)Math.Max(1, (original.Trailer["Size"] as PdfNumber)?.AsInteger ?? 1);

    /// <summary>Adds a new object and returns the reference to it.</summary>
    public PdfReference Add(PdfValue value)
    {
        var number = _nextNumber++;
        _objects[number] = (0, value);
        return new PdfReference(number, 0);
    }

    /// <summary>Replaces object <paramref name="number"/> (keeping its generation) with <paramref name="value"/>.</summary>
    public void Replace(int number, PdfValue value)
    {
        var generation = original.Xref.Entries.TryGetValue(number, out var entry) ? entry.Generation : 0;
        _objects[number] = (generation, value);
    }

    /// <summary>The updated file; the trailer gets <paramref name="root"/>, <paramref name="info"/> and
    /// <paramref name="id"/> (two byte strings).</summary>
    public byte[] Write(PdfReference root, PdfReference info, PdfArray id)
    {
        using var output = new MemoryStream();
        output.Write(original.Data.Span);
        var last = original.Data.Span[^1];
        if (last is not ((byte)'\n' or (byte)'\r'))
            output.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var (number, (generation, value)) in _objects)
        {
            offsets[number] = (output.Position, generation);
            Ascii(output, Invariant($"{number} {generation} obj\n"));
            PdfSerializer.Write(value, output);
            Ascii(output, "\nendobj\n");
        }
        var xrefOffset = output.Position;
        Ascii(output, "xref\n");
        foreach (var run in Runs([.. offsets.Keys]))
        {
            Ascii(output, Invariant($"{run.First} {run.Count}\n"));
            for (var n = run.First; n < run.First + run.Count; n++)
                Ascii(output, Invariant($"{offsets[n].Offset:D10} {offsets[n].Generation:D5} n\r\n"));
        }
        var trailer = PdfDictionary.Of(
            ("Size", new PdfNumber(Math.Max(_nextNumber, offsets.Keys.Max() + 1))),
            ("Root", root),
            ("Info", info),
            ("Prev", new PdfNumber(original.Xref.StartXref)),
            ("ID", id));
        Ascii(output, "trailer\n");
        PdfSerializer.Write(trailer, output);
        Ascii(output, Invariant($"\nstartxref\n{xrefOffset}\n%%EOF\n"));
        return output.ToArray();
    }

    private static IEnumerable<(int First, int Count)> Runs(IReadOnlyList<int> numbers)
    {
        var i = 0;
        while (i < numbers.Count)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
                j++;
            yield return (numbers[i], j - i + 1);
            i = j + 1;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
