using Facturation.Sdk.Common;

namespace Facturation.Sdk.EInvoicing;

/// <summary>The outcome of <see cref="IEInvoiceFormat.Export"/>: the written document, or why it was refused.</summary>
/// <param name="Content">The document (UTF-8 XML), <see langword="null"/> when refused.</param>
/// <param name="Profile">The specification identifier (BT-24) the content claims.</param>
/// <param name="Problems">Every broken rule, each with its published identifier as <see cref="Problem.Code"/>.</param>
public sealed record EInvoiceExport(byte[]? Content, string Profile, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the document was written.</summary>
    public bool Succeeded => Content is not null;

    /// <summary>A written document.</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="profile">The profile claimed.</param>
    /// <returns>The outcome.</returns>
    public static EInvoiceExport Written(byte[] content, string profile) => new(content, profile, []);

    /// <summary>A refused document.</summary>
    /// <param name="profile">The profile that was asked for.</param>
    /// <param name="problems">Why; at least one.</param>
    /// <returns>The outcome.</returns>
    public static EInvoiceExport Refused(string profile, IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
            throw new ArgumentException("A refusal lists at least one problem.", nameof(problems));
        return new(null, profile, problems);
    }
}
