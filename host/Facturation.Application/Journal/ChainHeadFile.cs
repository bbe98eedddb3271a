using System.Text.Json;
using Facturation.Application.Common;

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
    public static void Write(string path, SignedChainHead head) =>
        File.WriteAllText(path, JsonSerializer.Serialize(head, Json) + Environment.NewLine);

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
