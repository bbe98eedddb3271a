namespace Facturation.Sdk.EInvoicing;

/// <summary>A received document to read.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="FileName">The file's name, for messages; may be <see langword="null"/>.</param>
public sealed record EInvoiceReadRequest(ReadOnlyMemory<byte> Content, string? FileName = null)
{
    /// <summary>Default for <see cref="MaxBytes"/>: 20 MiB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Largest content accepted; anything longer is refused before parsing.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
