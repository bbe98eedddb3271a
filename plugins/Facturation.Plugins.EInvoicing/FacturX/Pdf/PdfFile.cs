namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>
/// A parsed PDF file: its cross-reference information and lazy access to its objects. Every object fetched counts
/// against a budget, so that a file built to loop (a reference chain, a name tree pointing at itself) ends in a
/// <see cref="PdfSyntaxException"/> instead of running forever.
/// </summary>
internal sealed class PdfFile
{
    /// <summary>Most objects fetched from one file.</summary>
    public const int MaxFetches = 20_000;

    private readonly Dictionary<int, PdfValue> _cache = [];
    private readonly Dictionary<int, (ReadOnlyMemory<byte> Data, int[] Numbers, int[] Offsets)> _objectStreams = [];
    private int _fetches;

    private PdfFile(ReadOnlyMemory<byte> data, XrefTable xref)
    {
        Data = data;
        Xref = xref;
    }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The cross-reference information.</summary>
    public XrefTable Xref { get; }

    /// <summary>The newest trailer.</summary>
    public PdfDictionary Trailer => Xref.Trailer;

    /// <summary>Opens a file through its cross-reference chain; with <paramref name="repair"/>, a broken chain is
    /// replaced by a scan of the whole file.</summary>
    public static PdfFile Open(ReadOnlyMemory<byte> data, bool repair)
    {
        if (data.Span[..Math.Min(1024, data.Length)].IndexOf("%PDF-"u8) < 0)
            throw new PdfSyntaxException("The file does not start with a PDF header.");
        try
        {
            var file = new PdfFile(data, XrefReader.Read(data));
            if (file.Trailer["Root"] is PdfReference root)
                _ = file.Resolve(root);
            return file;
        }
        catch (Exception e) when (PdfSyntaxException.IsDamage(e))
        {
            return repair
                ? new PdfFile(data, XrefReader.Scan(data))
                : throw (e as PdfSyntaxException ?? new PdfSyntaxException(e.Message, e));
        }
    }

    /// <summary>The object <paramref name="value"/> stands for: itself, or what its reference points at (the null
    /// object when the reference points nowhere, as §7.3.10 says).</summary>
    public PdfValue Resolve(PdfValue? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops > 32)
                throw new PdfSyntaxException("A chain of references is too long.");
            value = Fetch(reference.Number);
        }
        return value ?? PdfKeyword.Null;
    }

    /// <summary>The object numbered <paramref name="number"/>, or the null object.</summary>
    public PdfValue Fetch(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
            return cached;
        if (++_fetches > MaxFetches)
            throw new PdfSyntaxException($"More than {MaxFetches} objects fetched: the file loops or is too large.");
        if (!Xref.Entries.TryGetValue(number, out var entry))
            return PdfKeyword.Null;
        var value = entry.StreamNumber is { } stream ? FetchFromObjectStream(stream, (int)entry.Offset, number) : FetchAt(entry.Offset, number);
        _cache[number] = value;
        return value;
    }

    private PdfValue FetchAt(long offset, int number)
    {
        if (offset < 0 || offset >= Data.Length)
            throw new PdfSyntaxException($"Object {number} is said to start beyond the end of the file.");
        var parser = new PdfParser(new PdfLexer(Data, (int)offset), LengthOf);
        return parser.ReadIndirectObject(number).Value;
    }

    /// <summary>
    /// The integer an indirect <c>/Length</c> points at. A length is a plain integer object (ISO 32000-1 §7.3.8.2), so
    /// it is read without resolving the length of any stream it might turn out to be: a hostile <c>/Length 5 0 R</c>
    /// inside object 5 itself (or two streams pointing at each other) would otherwise recurse until the process dies
    /// of a stack overflow. Anything but an integer gives no length, and the parser finds <c>endstream</c> instead.
    /// </summary>
    private long? LengthOf(PdfReference reference)
    {
        if (_cache.TryGetValue(reference.Number, out var cached))
            return (cached as PdfNumber)?.AsInteger;
        if (!Xref.Entries.TryGetValue(reference.Number, out var entry) || entry.StreamNumber is not null)
            return null;
        if (++_fetches > MaxFetches)
            throw new PdfSyntaxException($"More than {MaxFetches} objects fetched: the file loops or is too large.");
        if (entry.Offset < 0 || entry.Offset >= Data.Length)
            return null;
        var parser = new PdfParser(new PdfLexer(Data, (int)entry.Offset));
        return parser.ReadIndirectObject(reference.Number).Value is PdfNumber n ? n.AsInteger : null;
    }

    private PdfValue FetchFromObjectStream(int streamNumber, int index, int number)
    {
        if (!_objectStreams.TryGetValue(streamNumber, out var objectStream))
        {
            if (Xref.Entries.TryGetValue(streamNumber, out var entry) && entry.StreamNumber is not null)
                throw new PdfSyntaxException("An object stream inside an object stream.");
            if (Fetch(streamNumber) is not PdfStream stream || stream.Dictionary.NameOf("Type") != "ObjStm")
                throw new PdfSyntaxException($"Object {streamNumber} is not an object stream.");
            var count = (int)Math.Clamp((stream.Dictionary["N"] as PdfNumber)?.AsInteger ?? 0, 0, XrefReader.MaxObjects);
            var first = (int)Math.Max(0, (stream.Dictionary["First"] as PdfNumber)?.AsInteger ?? 0);
            var data = StreamDecoder.Decode(stream, Data.Length * 64L);
            var header = new PdfLexer(data);
            var numbers = new int[count];
            var offsets = new int[count];
            for (var i = 0; i < count; i++)
            {
                numbers[i] = (int)Math.Min(int.MaxValue, header.ReadInteger());
                offsets[i] = (int)Math.Min(int.MaxValue, first + header.ReadInteger());
            }
            objectStream = (data, numbers, offsets);
            _objectStreams[streamNumber] = objectStream;
        }
        if (index < 0 || index >= objectStream.Numbers.Length || objectStream.Numbers[index] != number
            || objectStream.Offsets[index] >= objectStream.Data.Length)
            throw new PdfSyntaxException($"Object {number} is not where the cross-reference says.");
        return new PdfParser(new PdfLexer(objectStream.Data, objectStream.Offsets[index])).ReadValue();
    }

    /// <summary>The document catalogue: the trailer's <c>/Root</c>, else (in a rebuilt file) the first object whose
    /// <c>/Type</c> is <c>/Catalog</c>.</summary>
    public (int Number, PdfDictionary Catalog) Catalog()
    {
        if (Trailer["Root"] is PdfReference root && Resolve(root) is PdfDictionary catalog)
            return (root.Number, catalog);
        foreach (var number in Xref.Entries.Keys.Order().Take(MaxFetches / 2))
        {
            try
            {
                if (Fetch(number) is PdfDictionary candidate && candidate.NameOf("Type") == "Catalog")
                    return (number, candidate);
            }
            catch (Exception e) when (PdfSyntaxException.IsDamage(e))
            {
                // A damaged object in a damaged file: keep looking.
            }
        }
        throw new PdfSyntaxException("The file has no document catalogue.");
    }
}
