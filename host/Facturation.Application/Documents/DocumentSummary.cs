using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Documents;

/// <summary>One row of a document list.</summary>
/// <param name="Id">Id.</param>
/// <param name="Type">Type.</param>
/// <param name="Status">Status.</param>
/// <param name="Number">Number (null for drafts).</param>
/// <param name="IssueDate">Issue date.</param>
/// <param name="CustomerCode">Customer code.</param>
/// <param name="CustomerName">Customer name (current record; the snapshot keeps the issued one).</param>
/// <param name="Currency">Currency.</param>
/// <param name="TaxExclusive">Total without VAT.</param>
/// <param name="TaxTotal">VAT.</param>
/// <param name="TaxInclusive">Total with VAT.</param>
public sealed record DocumentSummary(
    Guid Id, DocumentType Type, DocumentStatus Status, string? Number, DateOnly? IssueDate, string CustomerCode, string CustomerName,
    string Currency, decimal TaxExclusive, decimal TaxTotal, decimal TaxInclusive);
