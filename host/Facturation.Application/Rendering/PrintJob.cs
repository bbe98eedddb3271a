using Facturation.Rendering.Documents;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Templates;

namespace Facturation.Application.Rendering;

/// <summary>A document to print with a given template.</summary>
/// <param name="CompanyId">The company whose branding it wears.</param>
/// <param name="Snapshot">The issued (or sample) document.</param>
/// <param name="Language">Layout language.</param>
/// <param name="Layout">Layout name.</param>
/// <param name="Engine">The template's engine.</param>
/// <param name="Source">The template and partials.</param>
/// <param name="Format">HTML or PDF.</param>
internal sealed record PrintJob(
    Guid CompanyId, DocumentSnapshot Snapshot, LayoutLanguage Language, string Layout, ITemplateEngine Engine, TemplateSource Source, RenderFormat Format)
{
    /// <summary>The branding revision it wears (an issued document's); <see langword="null"/> for the current one (previews).</summary>
    public long? BrandingRevision { get; init; }

    /// <summary>Date of a payment reminder.</summary>
    public DateOnly? ReminderDate { get; init; }
}
