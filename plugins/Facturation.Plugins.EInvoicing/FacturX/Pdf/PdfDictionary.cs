namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>A dictionary object; keys are names without their slash, in the order they were read or added.</summary>
/// <param name="Entries">The entries; a key appears once.</param>
internal sealed record PdfDictionary(IReadOnlyList<KeyValuePair<string, PdfValue>> Entries) : PdfValue
{
    /// <summary>A dictionary from key and value pairs.</summary>
    public static PdfDictionary Of(params (string Key, PdfValue Value)[] entries) =>
        new([.. entries.Select(e => KeyValuePair.Create(e.Key, e.Value))]);

    /// <summary>The value of <paramref name="key"/>, <see langword="null"/> when absent.</summary>
    public PdfValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/> (replaced in place, else added).</summary>
    public PdfDictionary With(string key, PdfValue value)
    {
        var entries = Entries.ToList();
        var index = entries.FindIndex(e => e.Key == key);
        if (index >= 0)
            entries[index] = KeyValuePair.Create(key, value);
        else
            entries.Add(KeyValuePair.Create(key, value));
        return new PdfDictionary(entries);
    }

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public PdfDictionary Without(string key) => new([.. Entries.Where(e => e.Key != key)]);

    /// <summary>The name value of <paramref name="key"/>, when it is a direct name.</summary>
    public string? NameOf(string key) => this[key] is PdfName name ? name.Value : null;
}
