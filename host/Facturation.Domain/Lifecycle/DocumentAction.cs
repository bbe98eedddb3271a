namespace Facturation.Domain.Lifecycle;

/// <summary>What can be done to a document; <see cref="DocumentLifecycle"/> says when.</summary>
public enum DocumentAction
{
    /// <summary>Change lines, allowances, header fields.</summary>
    Edit,

    /// <summary>Delete a draft (an audit trace is kept).</summary>
    Delete,

    /// <summary>Number and freeze (invoice, credit note, deposit, delivery note).</summary>
    Issue,

    /// <summary>Number and send a quote.</summary>
    Send,

    /// <summary>Record the customer's acceptance of a quote.</summary>
    Accept,

    /// <summary>Record the customer's refusal of a quote.</summary>
    Refuse,

    /// <summary>Mark a quote past its validity.</summary>
    Expire,

    /// <summary>Turn an accepted quote into an invoice.</summary>
    Convert,

    /// <summary>Correct an issued invoice with a credit note.</summary>
    Credit,

    /// <summary>Cancel an issued invoice once fully credited (done by the credit note, not by people).</summary>
    Cancel,
}
