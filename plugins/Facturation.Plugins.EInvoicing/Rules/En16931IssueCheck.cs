using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.EInvoicing;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>
/// The EN 16931 business rules the CII and UBL exports check (<see cref="En16931Rules"/>, the same code), run by the
/// host before it numbers an invoice, a deposit invoice or a credit note: a document they refuse is never issued, so
/// every issued invoice can be exported. The export's XML Schema validation is not repeated here: it checks the
/// writers, not the document, and would cost the issuing path a serialisation.
/// </summary>
public sealed class En16931IssueCheck : IEInvoiceIssueCheck
{
    /// <summary>Stands for the number (BT-1) the host takes after the check, so that BR-02 does not fire.</summary>
    internal const string PendingNumber = "PENDING";

    /// <inheritdoc />
    public string Id => "en16931";

    /// <inheritdoc />
    public IReadOnlyList<string> FormatIds { get; } = ["cii", "ubl"];

    /// <inheritdoc />
    public IReadOnlyList<Problem> Check(EInvoiceIssueCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = request.Snapshot;
        if (DocumentTypeCodes.For(snapshot.Document.Type) is null)
            return [];
        if (snapshot.Document.Number is null)
            snapshot = snapshot with { Document = snapshot.Document with { Number = PendingNumber } };
        return En16931Rules.Check(snapshot, SpecificationIds.En16931);
    }
}
