using Facturation.Sdk.Documents;

namespace Facturation.Rendering.Documents;

/// <summary>What a view is built from.</summary>
/// <param name="Snapshot">The issued document as frozen.</param>
/// <param name="Language">Layout language.</param>
/// <param name="Branding">The company's look.</param>
public sealed record DocumentViewRequest(DocumentSnapshot Snapshot, LayoutLanguage Language, BrandingView Branding)
{
    /// <summary>Layout to print; by default the one of the document's type.</summary>
    public string? Layout { get; init; }

    /// <summary>The SEPA QR code data URI to show in the payment block, when there is one.</summary>
    public string? QrCodeDataUri { get; init; }

    /// <summary>For a payment reminder: its date (the invoice is the snapshot).</summary>
    public DateOnly? ReminderDate { get; init; }
}
