using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli.Common;

/// <summary>The words the CLI reads and writes for enumerations (stable: scripts and the JSON output rely on them).</summary>
internal static class Tokens
{
    public static IReadOnlyDictionary<string, DocumentType> DocumentTypes { get; } = Map(
        ("quote", DocumentType.Quote), ("invoice", DocumentType.Invoice), ("credit-note", DocumentType.CreditNote),
        ("deposit", DocumentType.DepositInvoice), ("delivery-note", DocumentType.DeliveryNote));

    public static IReadOnlyDictionary<string, DocumentType> InvoiceTypes { get; } = Map(
        ("invoice", DocumentType.Invoice), ("deposit", DocumentType.DepositInvoice), ("delivery-note", DocumentType.DeliveryNote));

    public static IReadOnlyDictionary<string, DocumentStatus> Statuses { get; } = Map(
        ("draft", DocumentStatus.Draft), ("issued", DocumentStatus.Issued), ("cancelled", DocumentStatus.Cancelled),
        ("sent", DocumentStatus.Sent), ("accepted", DocumentStatus.Accepted), ("refused", DocumentStatus.Refused),
        ("expired", DocumentStatus.Expired), ("converted", DocumentStatus.Converted));

    public static IReadOnlyDictionary<string, CustomerKind> CustomerKinds { get; } = Map(
        ("business", CustomerKind.Business), ("public", CustomerKind.PublicBody), ("consumer", CustomerKind.Consumer));

    public static IReadOnlyDictionary<string, LineNature> Natures { get; } = Map(("goods", LineNature.Goods), ("service", LineNature.Service));

    public static IReadOnlyDictionary<string, DocumentSort> Sorts { get; } = Map(
        ("number", DocumentSort.Number), ("date", DocumentSort.DateDescending), ("total", DocumentSort.TotalDescending));

    public static string Of<T>(IReadOnlyDictionary<string, T> tokens, T value)
        where T : struct, Enum =>
        tokens.First(t => EqualityComparer<T>.Default.Equals(t.Value, value)).Key;

    public static string Of(DocumentType value) => Of(DocumentTypes, value);

    public static string Of(DocumentStatus value) => Of(Statuses, value);

    private static Dictionary<string, T> Map<T>(params (string Token, T Value)[] pairs)
        where T : struct =>
        pairs.ToDictionary(p => p.Token, p => p.Value, StringComparer.Ordinal);
}
