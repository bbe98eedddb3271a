using System.Globalization;

namespace Facturation.Application.Journal;

/// <summary>
/// A company's chain head as exported at a moment, signed with a <see cref="JournalKey"/> kept outside the database:
/// later, the chain must still hold <see cref="Sequence"/> with exactly <see cref="EntryHash"/>, which a rewrite of
/// the whole chain (every hash recomputed after an edit) cannot achieve.
/// </summary>
/// <param name="CompanyCode">Company code.</param>
/// <param name="CompanyId">Company id.</param>
/// <param name="Sequence">Last sequence of the chain when exported.</param>
/// <param name="EntryHash">Its entry hash.</param>
/// <param name="ExportedAt">When it was exported.</param>
/// <param name="Hmac">HMAC-SHA256 (hex) of the other fields.</param>
public sealed record SignedChainHead(string CompanyCode, Guid CompanyId, long Sequence, string EntryHash, DateTimeOffset ExportedAt, string Hmac)
{
    /// <summary>Signs a head.</summary>
    /// <param name="companyCode">Company code.</param>
    /// <param name="companyId">Company id.</param>
    /// <param name="head">The chain head.</param>
    /// <param name="exportedAt">Now.</param>
    /// <param name="key">Signing key.</param>
    /// <returns>The signed head.</returns>
    public static SignedChainHead Create(string companyCode, Guid companyId, JournalChainHead head, DateTimeOffset exportedAt, JournalKey key)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(key);
        var unsigned = new SignedChainHead(companyCode, companyId, head.Sequence, head.EntryHash, exportedAt.ToUniversalTime(), "");
        return unsigned with { Hmac = key.Sign(unsigned.Payload()) };
    }

    /// <summary>Whether the signature matches the fields under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when authentic.</returns>
    public bool IsSignedWith(JournalKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Verifies(Payload(), Hmac);
    }

    // Versioned, unambiguous text of every signed field: '|' cannot occur in a company code, an id, a sequence or a hex hash.
    private string Payload() => string.Join('|', "facturation-journal-head-v1", CompanyCode, CompanyId.ToString("N"),
        Sequence.ToString(CultureInfo.InvariantCulture), EntryHash, ExportedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
}
