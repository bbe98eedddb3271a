using Facturation.Sdk.Common;

namespace Facturation.Application.Documents;

/// <summary>The invoicing period a draft may state (EN 16931 BG-14): both ends or neither, the end not before the start.</summary>
internal static class InvoicingPeriodRules
{
    public static IEnumerable<Problem> Check(DateOnly? start, DateOnly? end)
    {
        if (start is null != end is null)
        {
            yield return new Problem("invoicing-period.incomplete", "An invoicing period needs both its first and its last day.",
                start is null ? "InvoicingPeriodStart" : "InvoicingPeriodEnd");
        }
        else if (end < start)
        {
            // EN 16931 BR-29.
            yield return new Problem("invoicing-period.order", $"The invoicing period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}) (BR-29).", "InvoicingPeriodEnd");
        }
    }
}
