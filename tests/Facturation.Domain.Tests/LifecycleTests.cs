using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Documents;

namespace Facturation.Domain.Tests;

/// <summary>Every transition of the state machine, allowed and forbidden, per document type.</summary>
public sealed class LifecycleTests
{
    public static TheoryData<DocumentType, DocumentStatus, DocumentAction, DocumentStatus> Allowed => new()
    {
        { DocumentType.Invoice, DocumentStatus.Draft, DocumentAction.Edit, DocumentStatus.Draft },
        { DocumentType.Invoice, DocumentStatus.Draft, DocumentAction.Delete, DocumentStatus.Draft },
        { DocumentType.Invoice, DocumentStatus.Draft, DocumentAction.Issue, DocumentStatus.Issued },
        { DocumentType.Invoice, DocumentStatus.Issued, DocumentAction.Credit, DocumentStatus.Issued },
        { DocumentType.Invoice, DocumentStatus.Issued, DocumentAction.Cancel, DocumentStatus.Cancelled },
        { DocumentType.DepositInvoice, DocumentStatus.Draft, DocumentAction.Edit, DocumentStatus.Draft },
        { DocumentType.DepositInvoice, DocumentStatus.Draft, DocumentAction.Delete, DocumentStatus.Draft },
        { DocumentType.DepositInvoice, DocumentStatus.Draft, DocumentAction.Issue, DocumentStatus.Issued },
        { DocumentType.DepositInvoice, DocumentStatus.Issued, DocumentAction.Credit, DocumentStatus.Issued },
        { DocumentType.DepositInvoice, DocumentStatus.Issued, DocumentAction.Cancel, DocumentStatus.Cancelled },
        { DocumentType.CreditNote, DocumentStatus.Draft, DocumentAction.Edit, DocumentStatus.Draft },
        { DocumentType.CreditNote, DocumentStatus.Draft, DocumentAction.Delete, DocumentStatus.Draft },
        { DocumentType.CreditNote, DocumentStatus.Draft, DocumentAction.Issue, DocumentStatus.Issued },
        { DocumentType.DeliveryNote, DocumentStatus.Draft, DocumentAction.Edit, DocumentStatus.Draft },
        { DocumentType.DeliveryNote, DocumentStatus.Draft, DocumentAction.Delete, DocumentStatus.Draft },
        { DocumentType.DeliveryNote, DocumentStatus.Draft, DocumentAction.Issue, DocumentStatus.Issued },
        { DocumentType.Quote, DocumentStatus.Draft, DocumentAction.Edit, DocumentStatus.Draft },
        { DocumentType.Quote, DocumentStatus.Draft, DocumentAction.Delete, DocumentStatus.Draft },
        { DocumentType.Quote, DocumentStatus.Draft, DocumentAction.Send, DocumentStatus.Sent },
        { DocumentType.Quote, DocumentStatus.Sent, DocumentAction.Accept, DocumentStatus.Accepted },
        { DocumentType.Quote, DocumentStatus.Sent, DocumentAction.Refuse, DocumentStatus.Refused },
        { DocumentType.Quote, DocumentStatus.Sent, DocumentAction.Expire, DocumentStatus.Expired },
        { DocumentType.Quote, DocumentStatus.Accepted, DocumentAction.Convert, DocumentStatus.Converted },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Check_AllowedTransition_GivesTheNextStatus(DocumentType type, DocumentStatus from, DocumentAction action, DocumentStatus to)
    {
        var problem = DocumentLifecycle.Check(type, from, action, out var next);

        Assert.Null(problem);
        Assert.Equal(to, next);
    }

    [Fact]
    public void Check_EveryOtherTransition_IsForbiddenWithAReason()
    {
        var allowed = Allowed.Select(row => ((DocumentType)row[0], (DocumentStatus)row[1], (DocumentAction)row[2])).ToHashSet();
        var forbidden = 0;
        foreach (var type in Enum.GetValues<DocumentType>())
        foreach (var status in Enum.GetValues<DocumentStatus>())
        foreach (var action in Enum.GetValues<DocumentAction>())
        {
            var problem = DocumentLifecycle.Check(type, status, action, out var next);
            if (allowed.Contains((type, status, action)))
                continue;
            forbidden++;
            Assert.True(problem is not null, $"{type} {status} {action} should be forbidden");
            Assert.Equal("lifecycle.forbidden", problem!.Code);
            Assert.Equal(status, next);
        }
        Assert.Equal(Enum.GetValues<DocumentType>().Length * Enum.GetValues<DocumentStatus>().Length * Enum.GetValues<DocumentAction>().Length - allowed.Count, forbidden);
    }

    [Theory]
    [InlineData(DocumentStatus.Issued, DocumentAction.Edit, "immutable")]
    [InlineData(DocumentStatus.Issued, DocumentAction.Delete, "cannot be deleted")]
    [InlineData(DocumentStatus.Cancelled, DocumentAction.Edit, "immutable")]
    public void Check_ChangingAnIssuedInvoice_ExplainsTheLaw(DocumentStatus status, DocumentAction action, string expected)
    {
        var problem = DocumentLifecycle.Check(DocumentType.Invoice, status, action, out _);

        Assert.Contains(expected, problem!.Message, StringComparison.Ordinal);
    }
}
