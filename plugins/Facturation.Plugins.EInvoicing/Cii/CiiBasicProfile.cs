using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// What the Factur-X BASIC profile cannot carry. Most BASIC omissions (contact, BIC, account name, BT-33, item
/// identifier) only drop information; a rounding amount (BT-114) cannot be dropped, since the amount due would no
/// longer add up (BR-CO-16), so such a document is refused under BASIC.
/// </summary>
internal static class CiiBasicProfile
{
    /// <summary>The reasons <paramref name="snapshot"/> cannot be written under BASIC.</summary>
    public static IReadOnlyList<Problem> Limits(DocumentSnapshot snapshot)
    {
        if (snapshot.Totals.RoundingAmount is { Amount: not 0m } rounding)
        {
            return [new Problem("einvoice.profile-limit",
                $"Factur-X BASIC has no rounding amount (BT-114) and this document has {rounding}: write it under EN 16931.",
                "Totals.RoundingAmount")];
        }
        return [];
    }
}
