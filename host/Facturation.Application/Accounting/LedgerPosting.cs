using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Accounting;

/// <summary>
/// One amount of a sales entry before it becomes a debit or a credit: positive means a credit for an invoice.
/// Kept signed while the entry is built, so deductions and allowances simply subtract.
/// </summary>
/// <param name="Role">What it books.</param>
/// <param name="Category">VAT category (revenue and VAT lines).</param>
/// <param name="RatePercent">VAT rate.</param>
/// <param name="Amount">Signed amount in the document currency.</param>
internal sealed record LedgerPosting(LedgerAccountRole Role, VatCategory Category, decimal RatePercent, decimal Amount)
{
    /// <summary>The line in the accounting currency: a credit when <paramref name="accounting"/> is positive, else a debit.</summary>
    public LedgerLine ToLine(decimal accounting, CurrencyCode? foreignCurrency) =>
        new(Role, accounting < 0 ? -accounting : 0m, accounting > 0 ? accounting : 0m)
        {
            VatRatePercent = RatePercent,
            VatCategory = Role is LedgerAccountRole.VatCollected or LedgerAccountRole.VatPending ? Category : null,
            ForeignAmount = foreignCurrency is { } currency ? new Money(Math.Abs(Amount), currency) : null,
        };
}
