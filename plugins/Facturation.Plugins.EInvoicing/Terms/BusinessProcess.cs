using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>
/// The French "cadre de facturation" carried in BT-23 (business process type): B1 goods, S1 services, M1 mixed;
/// B4, S4, M4 for the final invoice of an operation that had deposits. It also states the nature of the operation
/// (goods, services or both) the French reform asks for. Source: AFNOR XP Z12-012 / DGFiP external specifications.
/// </summary>
internal static class BusinessProcess
{
    /// <summary>The code for a snapshot.</summary>
    public static string For(DocumentSnapshot snapshot)
    {
        var goods = false;
        var services = false;
        foreach (var line in snapshot.Lines)
        {
            if (line.Line.Nature == LineNature.Goods)
                goods = true;
            else
                services = true;
        }
        var nature = goods && services ? 'M' : goods ? 'B' : 'S';
        var afterDeposits = snapshot.Document.Type == DocumentType.Invoice
            && snapshot.Document.PrecedingDocuments.Any(static d => d.Type == DocumentType.DepositInvoice);
        return $"{nature}{(afterDeposits ? '4' : '1')}";
    }
}
