using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Documents;

/// <summary>Which documents to list; every criterion is applied in the database.</summary>
public sealed record DocumentFilter
{
    /// <summary>Type.</summary>
    public DocumentType? Type { get; init; }

    /// <summary>Status.</summary>
    public DocumentStatus? Status { get; init; }

    /// <summary>Customer code.</summary>
    public string? CustomerCode { get; init; }

    /// <summary>Issued on or after.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Issued on or before.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Total with VAT at least (minor units compared in SQL).</summary>
    public decimal? MinTotal { get; init; }

    /// <summary>Total with VAT at most.</summary>
    public decimal? MaxTotal { get; init; }

    /// <summary>Sort order.</summary>
    public DocumentSort Sort { get; init; } = DocumentSort.Number;

    /// <summary>Most rows returned.</summary>
    public int Limit { get; init; } = 100;
}
