using System.Globalization;
using System.Text;

namespace Facturation.Rendering.Tests.Pdf;

/// <summary>Test documents, styled the way the layouts are: fonts from Debian's packages, thead repeated.</summary>
internal static class SomeHtml
{
    /// <summary>A 1×1 red PNG.</summary>
    public const string RedPixel =
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    private const string Style = """
        <style>
          body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; }
          table { width: 100%; border-collapse: collapse; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          th, td { border-bottom: 1px solid #ccc; padding: 2pt 4pt; text-align: left; }
        </style>
        """;

    public static string Document(string body) =>
        $"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Facture</title>{Style}</head><body>{body}</body></html>""";

    public static string Invoice() => Document("""
        <h1>Facture FA-2025-0042</h1>
        <p>ACME SAS, 1 rue de la Paix, 75002 Paris</p>
        <table>
          <thead><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr></thead>
          <tbody><tr><td>Conseil</td><td>2</td><td>500.00</td><td>1000.00</td></tr></tbody>
        </table>
        <p>Total TTC 1200.00 EUR</p>
        """);

    public static string LongTable(int rows)
    {
        var body = new StringBuilder("""
            <h1>Relevé</h1>
            <table><thead><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr></thead><tbody>
            """);
        for (var row = 1; row <= rows; row++)
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>Line {row:000}</td><td>1</td><td>10.00</td><td>10.00</td></tr>");
        body.Append("</tbody></table>");
        return Document(body.ToString());
    }
}
