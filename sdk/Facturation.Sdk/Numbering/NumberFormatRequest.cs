using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Numbering;

/// <summary>The host's counter value to turn into a document number.</summary>
/// <param name="DocumentType">The document type.</param>
/// <param name="Series">The series the counter belongs to.</param>
/// <param name="Counter">The next value of the series' counter, taken in the issuing transaction (1, 2, 3 ...).</param>
/// <param name="IssueDate">Issue date (company's local date).</param>
/// <param name="Settings">The scheme plugin's settings for the company, defaults applied.</param>
public sealed record NumberFormatRequest(
    DocumentType DocumentType, NumberingSeries Series, long Counter, DateOnly IssueDate, SettingValues Settings);
