using System.Text.Encodings.Web;
using System.Text.Json;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// The <c>--json</c> output: camelCase names, indented, nulls kept so every object has a stable shape, accented
/// letters written as they are (the output goes to a terminal or a program, never into HTML).
/// </summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
