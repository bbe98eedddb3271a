using System.Text.Json;
using Facturation.Sdk.Common;

namespace Facturation.Application.Journal;

/// <summary>A <see cref="SignedChainHead"/> as a JSON file: {companyCode, companyId, sequence, entryHash, exportedAt, hmac}.</summary>
public static class ChainHeadFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Writes a head file (replacing an older one at that path).</summary>
    /// <param name="path">The file.</param>
    /// <param name="head">The signed head.</param>
    public static void Write(string path, SignedChainHead head) => File.WriteAllBytes(path, Content(head));

    /// <summary>The content of a head file, for a door that writes it itself.</summary>
    /// <param name="head">The signed head.</param>
    /// <returns>UTF-8 JSON and a line end.</returns>
    public static byte[] Content(SignedChainHead head) =>
        System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(head, Json) + Environment.NewLine);

    /// <summary>Reads a head file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The head, or the problem (missing, not a head file).</returns>
    public static Outcome<SignedChainHead> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            return Outcome<SignedChainHead>.Failure("head-file.missing", $"Head file '{full}' does not exist.", "Head");
        try
        {
            return JsonSerializer.Deserialize<SignedChainHead>(File.ReadAllText(full), Json) is { } head
                ? Outcome<SignedChainHead>.Success(head)
                : Invalid(full, "it is empty");
        }
        catch (JsonException ex)
        {
            return Invalid(full, ex.Message);
        }
    }

    private static Outcome<SignedChainHead> Invalid(string path, string reason) =>
        Outcome<SignedChainHead>.Failure("head-file.invalid", $"'{path}' is not a chain head file ({reason}).", "Head");
}
