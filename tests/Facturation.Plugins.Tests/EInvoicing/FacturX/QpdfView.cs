using System.Text.Json;

namespace Facturation.Plugins.Tests.EInvoicing.FacturX;

/// <summary>A PDF as qpdf describes it (<c>qpdf --json</c>, JSON version 2, stream data inline): an independent
/// reading of the objects the update wrote.</summary>
internal sealed class QpdfView
{
    private readonly JsonElement _objects;

    private QpdfView(JsonElement root)
    {
        _objects = root.GetProperty("qpdf")[1];
        Root = root;
    }

    public JsonElement Root { get; }

    public JsonElement Trailer => _objects.GetProperty("trailer").GetProperty("value");

    public static QpdfView Of(byte[] pdf)
    {
        var folder = FacturXTestKit.TempFolder();
        try
        {
            var path = FacturXTestKit.Save(folder, "view.pdf", pdf);
            var (exit, output, error) = FacturXTestKit.Run("qpdf", "--json", "--json-stream-data=inline", path);
            Assert.True(exit == 0, error);
            return new QpdfView(JsonDocument.Parse(output).RootElement.Clone());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The value of a direct object, or of the object a reference ("12 0 R") points at.</summary>
    public JsonElement Resolve(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String || !value.GetString()!.EndsWith(" R", StringComparison.Ordinal))
            return value;
        var entry = _objects.GetProperty("obj:" + value.GetString());
        return entry.TryGetProperty("value", out var direct) ? direct : entry.GetProperty("stream");
    }

    /// <summary>The dictionary of a stream object and its (decoded) data.</summary>
    public (JsonElement Dictionary, byte[] Data) Stream(JsonElement reference)
    {
        var stream = Resolve(reference);
        return (stream.GetProperty("dict"), Convert.FromBase64String(stream.GetProperty("data").GetString()!));
    }

    public JsonElement Catalog => Resolve(Trailer.GetProperty("/Root"));

    public JsonElement Info => Resolve(Trailer.GetProperty("/Info"));

    /// <summary>A qpdf text string ("u:...") as text.</summary>
    public static string Text(JsonElement value)
    {
        var text = value.GetString()!;
        Assert.StartsWith("u:", text, StringComparison.Ordinal);
        return text[2..];
    }

    /// <summary>A name as qpdf writes it, with #xx escapes decoded.</summary>
    public static string Name(JsonElement value) =>
        System.Text.RegularExpressions.Regex.Replace(value.GetString()!, "#([0-9A-Fa-f]{2})",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
