using Facturation.Sdk.Common;

namespace Facturation.Sdk.EInvoicing;

/// <summary>The outcome of <see cref="IHybridInvoiceFormat.Combine"/>.</summary>
/// <param name="Content">The hybrid PDF, <see langword="null"/> when it could not be made.</param>
/// <param name="Problems">Why it could not be made.</param>
public sealed record HybridInvoice(byte[]? Content, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the document was made.</summary>
    public bool Succeeded => Content is not null;
}
