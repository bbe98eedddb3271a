using Facturation.Application.Plugins;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Issuing;

/// <summary>
/// A draft read and priced for a given issue date, not yet numbered: what the writer needs to number, freeze and
/// store it. The document is untracked; the writer stores its changes itself.
/// </summary>
/// <param name="Document">The draft as read.</param>
/// <param name="Company">The issuing company.</param>
/// <param name="Plugins">Its tax regime and numbering scheme with their settings.</param>
/// <param name="IssueDate">The company's local date the pricing was made for.</param>
/// <param name="Business">The document as plugins see it, without number.</param>
/// <param name="Priced">The priced snapshot, without number.</param>
internal sealed record PreparedIssue(
    Document Document, Company Company, CompanyExtensions Plugins, DateOnly IssueDate, BusinessDocument Business, DocumentSnapshot Priced);
