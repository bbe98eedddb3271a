using System.Globalization;

namespace Facturation.Application.Journal;

/// <summary>
/// A company's chain head as exported at a moment, signed with a <see cref="JournalKey"/> kept outside the database:
/// later, the chain must still hold <see cref="Sequence"/> with exactly <see cref="EntryHash"/>, which a rewrite of
/// the whole chain (every hash recomputed after an edit) cannot achieve. <see cref="DocumentPrints"/> (signed too)
/// keeps a short print of each journaled document, so a rewrite is traced back to the documents that were altered.
/// </summary>
/// <param name="CompanyCode">Company code.</param>
/// <param name="CompanyId">Company id.</param>
/// <param name="Sequence">Last sequence of the chain when exported.</param>
/// <param name="EntryHash">Its entry hash.</param>
/// <param name="ExportedAt">When it was exported.</param>
/// <param name="Hmac">HMAC-SHA256 (hex) of the other fields.</param>
/// <param name="DocumentPrints">
/// The first <see cref="PrintLength"/> hex digits of each entry's snapshot hash, entry 1 first, concatenated; absent
/// in heads exported before it existed. Only a diagnosis: the full <see cref="EntryHash"/> is what proves a rewrite.
/// </param>
public sealed record SignedChainHead(
    string CompanyCode, Guid CompanyId, long Sequence, string EntryHash, DateTimeOffset ExportedAt, string Hmac, string? DocumentPrints = null)
{
    /// <summary>Hex digits kept per document.</summary>
    public const int PrintLength = 8;

    /// <summary>Signs a head.</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="companyId">Company id.</param>
    /// <param name="head">The chain head.</param>
    /// <param name="exportedAt">Now.</param>
    /// <param name="key">Signing key.</param>
    /// <param name="documentPrints">The prints of the journaled documents (see <see cref="DocumentPrints"/>).</param>
    /// <returns>The signed head.</returns>
    public static SignedChainHead Create(
        string companyCode, Guid companyId, JournalChainHead head, DateTimeOffset exportedAt, JournalKey key, string? documentPrints = null)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(key);
        var unsigned = new SignedChainHead(companyCode, companyId, head.Sequence, head.EntryHash, exportedAt.ToUniversalTime(), "", documentPrints);
        return unsigned with { Hmac = key.Sign(unsigned.Payload()) };
    }

    /// <summary>The print of a snapshot hash.</summary>
    /// <param name="snapshotHash">A document's snapshot hash (hex).</param>
    /// <returns>Its first <see cref="PrintLength"/> hex digits, lower case.</returns>
    public static string PrintOf(string snapshotHash)
    {
        ArgumentNullException.ThrowIfNull(snapshotHash);
        return (snapshotHash.Length >= PrintLength ? snapshotHash[..PrintLength] : snapshotHash.PadRight(PrintLength, '-')).ToLowerInvariant();
    }

    /// <summary>The signed print of the document at a sequence, or <see langword="null"/> when the head holds none for it.</summary>
    /// <param name="sequence">Entry sequence (1 is the first).</param>
    /// <returns>The print.</returns>
    public string? SignedPrint(long sequence) =>
        DocumentPrints is { } prints && sequence >= 1 && sequence <= Sequence && sequence * PrintLength <= prints.Length
            ? prints.Substring((int)((sequence - 1) * PrintLength), PrintLength)
            : null;

    /// <summary>Whether the signature matches the fields under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when authentic.</returns>
    public bool IsSignedWith(JournalKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Verifies(Payload(), Hmac);
    }

    // Versioned, unambiguous text of every signed field: '|' cannot occur in a company code, an id, a sequence or a hex
    // hash. v2 adds the document prints; a v1 head (without them) still verifies as it was signed.
    private string Payload()
    {
        var fields = string.Join('|', CompanyCode, CompanyId.ToString("N"), Sequence.ToString(CultureInfo.InvariantCulture), EntryHash,
            ExportedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return DocumentPrints is null
            ? "facturation-journal-head-v1|" + fields
            : "facturation-journal-head-v2|" + fields + "|" + DocumentPrints;
    }
}
