using Facturation.Rendering.Documents;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Templates;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>The one issued invoice every case renders, and what rendering it needs, prepared once.</summary>
/// <param name="CompanyCode">Its company.</param>
/// <param name="Number">Its number.</param>
/// <param name="Lines">Its lines.</param>
/// <param name="SnapshotJson">Its frozen content as stored.</param>
/// <param name="Snapshot">The same, read.</param>
/// <param name="Language">The layout language (French: French seller).</param>
/// <param name="Engine">The layout engine (Scriban).</param>
/// <param name="Template">Its default invoice layout and partials.</param>
/// <param name="View">The view, built once (QR code included).</param>
/// <param name="Html">The page as <c>DocumentRenderService</c> renders it.</param>
/// <param name="HtmlBytes">Its UTF-8 length.</param>
/// <param name="Handlebars">The Handlebars engine and its default invoice layout, measured beside Scriban.</param>
internal sealed record RenderFixture(
    string CompanyCode,
    string Number,
    int Lines,
    string SnapshotJson,
    DocumentSnapshot Snapshot,
    LayoutLanguage Language,
    ITemplateEngine Engine,
    TemplateSource Template,
    DocumentView View,
    string Html,
    int HtmlBytes,
    RenderEngineCase Handlebars);
