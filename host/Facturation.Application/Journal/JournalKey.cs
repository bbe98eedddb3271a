using System.Security.Cryptography;
using System.Text;

namespace Facturation.Application.Journal;

/// <summary>
/// The secret that signs exported chain heads (HMAC-SHA256). It is kept outside the database, so someone who can
/// rewrite the whole chain in the database still cannot produce a head that verifies.
/// </summary>
public sealed class JournalKey
{
    /// <summary>Key length in bytes: the SHA-256 output length, the minimum RFC 2104 (section 3) recommends for an HMAC key.</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private JournalKey(byte[] bytes) => _bytes = bytes;

    /// <summary>A new random key from the system's cryptographic generator.</summary>
    /// <returns>The key.</returns>
    public static JournalKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>A key from its bytes.</summary>
    /// <param name="bytes">Exactly <see cref="Length"/> bytes.</param>
    /// <returns>The key, or <see langword="null"/> when the length is wrong.</returns>
    public static JournalKey? FromBytes(ReadOnlySpan<byte> bytes) => bytes.Length == Length ? new JournalKey(bytes.ToArray()) : null;

    /// <summary>Writes the raw key bytes.</summary>
    /// <param name="stream">Destination.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(_bytes);
    }

    /// <summary>HMAC-SHA256 of a text, lower-case hex.</summary>
    /// <param name="payload">Text (UTF-8).</param>
    /// <returns>64 hex characters.</returns>
    public string Sign(string payload) => Convert.ToHexStringLower(HMACSHA256.HashData(_bytes, Encoding.UTF8.GetBytes(payload)));

    /// <summary>Whether <paramref name="hmac"/> is this key's signature of <paramref name="payload"/> (constant-time comparison).</summary>
    /// <param name="payload">Text (UTF-8).</param>
    /// <param name="hmac">Claimed signature, hex.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Verifies(string payload, string hmac)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(payload));
        var claimed = Encoding.ASCII.GetBytes((hmac ?? "").ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }
}
