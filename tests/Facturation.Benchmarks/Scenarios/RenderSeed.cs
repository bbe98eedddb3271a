using System.Globalization;
using System.Text;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Application.Plugins;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Facturation.Benchmarks.Running;
using Facturation.Domain.Parties;
using Facturation.Rendering.Documents;
using Facturation.Rendering.Html;
using Facturation.Rendering.Payments;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Templates;

namespace Facturation.Benchmarks.Scenarios;

/// <summary>
/// The set-up of the <c>render</c> scenario (not measured): a France-pack company (French VAT, legal numbering,
/// mandatory mentions, IBAN for the SEPA QR code), a customer, and one issued 10-line invoice at two VAT rates
/// (services at 20 %, books at 5.5 %), drafted and issued through the application services; shorter ones when the
/// default layout cannot print 10 lines on one page.
/// </summary>
internal static class RenderSeed
{
    public const string CompanyCode = "render-bench";
    public const string CustomerCode = "C001";
    /// <summary>The invoice the issue asks for.</summary>
    public const int RequestedLines = 10;

    /// <summary>Fewest lines with both VAT rates.</summary>
    public const int MinimumLines = 3;

    /// <summary>The France-pack company and its customer.</summary>
    public static async Task CreatePartiesAsync(IssuingApp app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        Checked(await app.Get<CompanyService>().CreateAsync(FrancePackParties.Company(CompanyCode, "Atelier Dupont SAS"), cancellationToken), "company");
        Checked(await app.Get<CustomerService>().CreateAsync(CompanyCode, FrancePackParties.Customer(CustomerCode), cancellationToken), "customer");
    }

    /// <summary>Drafts and issues an invoice of <paramref name="lines"/> lines (from 3 on: both VAT rates); returns its number.</summary>
    public static async Task<string> IssueAsync(IssuingApp app, int lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, MinimumLines);
        var documents = app.Get<DocumentService>();
        var draft = Checked(await documents.CreateDraftAsync(CompanyCode, new DraftInput { CustomerCode = CustomerCode }, cancellationToken), "draft");
        for (var i = 0; i < lines; i++)
            Checked(await documents.AddLineAsync(draft.Id, Line(i), cancellationToken), "line");
        var issued = Checked(await app.Get<IssueService>().IssueAsync(draft.Id, cancellationToken), "issue");
        var rates = issued.Snapshot.TaxBreakdown.Select(r => r.RatePercent).Distinct().Count();
        return rates == 2 ? issued.Number : throw new BenchmarkAbortedException($"The seeded invoice has {rates} VAT rate(s), 2 expected.");
    }

    /// <summary>Reads the issued invoice back and prepares what the cases need: the view, the template, the page.</summary>
    public static async Task<RenderFixture> PrepareAsync(IssuingApp app, string number, int lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stored = Checked(await app.Get<DocumentService>().FindAsync(CompanyCode, number, cancellationToken), "look-up");
        var json = stored.SnapshotJson ?? throw new BenchmarkAbortedException("The issued invoice has no snapshot.");
        var snapshot = Facturation.Application.Issuing.SnapshotJson.Deserialize(json);
        var language = LayoutLanguage.Find("fr") ?? throw new BenchmarkAbortedException("No French layouts.");
        var extensions = app.Get<ExtensionRegistry>();
        var layout = DocumentViewBuilder.LayoutOf(snapshot.Document.Type);
        var (engine, template) = DefaultLayout(extensions, layout, language.Code, TemplateService.DefaultEngineId);
        var (handlebarsEngine, handlebarsTemplate) = DefaultLayout(extensions, layout, language.Code, "handlebars");
        var qrCode = EpcPayment.For(snapshot) is { } payment && EpcQrCode.Payload(payment) is { } payload
            ? EpcQrCode.DataUri(EpcQrCode.Svg(payload))
            : throw new BenchmarkAbortedException("The seeded invoice has no SEPA QR code.");
        var view = DocumentViewBuilder.Build(new DocumentViewRequest(snapshot, language, BrandingView.Default) { QrCodeDataUri = qrCode });

        var html = Checked(await app.Get<DocumentRenderService>().RenderAsync(
            new RenderInput(CompanyCode, number, RenderFormat.Html), cancellationToken), "HTML render");
        var handlebars = await app.Get<HtmlRenderer>().RenderAsync(handlebarsEngine, handlebarsTemplate, view, RenderLimits.Default, cancellationToken);
        if (!handlebars.Succeeded)
            throw new BenchmarkAbortedException($"The Handlebars default layout failed: {string.Join("; ", handlebars.Errors)}");
        return new RenderFixture(CompanyCode, number, lines, json, snapshot, language, engine, template, view,
            Encoding.UTF8.GetString(html.Content), html.Content.Length, new RenderEngineCase(handlebarsEngine, handlebarsTemplate, handlebars.Html!.Length));
    }

    private static (ITemplateEngine Engine, TemplateSource Template) DefaultLayout(ExtensionRegistry extensions, string layout, string language, string engineId)
    {
        var (key, template) = extensions.DefaultLayout(layout, language, engineId)
            ?? throw new BenchmarkAbortedException($"No loaded plugin provides the '{layout}' layout in French.");
        if (key.EngineId != engineId)
            throw new BenchmarkAbortedException($"No '{engineId}' default layout: is its plugin bundled?");
        return (extensions.TemplateEngine(key.EngineId) ?? throw new BenchmarkAbortedException($"Template engine '{key.EngineId}' is not loaded."), template);
    }

    private static LineInput Line(int i) => i % 3 == 2
        ? new LineInput
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Guide pratique de la facturation, tome {i / 3 + 1}"),
            Quantity = 1m + (i % 4),
            UnitPrice = 24.90m,
            UnitCode = "C62",
            Nature = LineNature.Goods,
            TaxClass = "reduced",
        }
        : new LineInput
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Conseil en organisation, phase {i + 1}"),
            Quantity = 1.5m + i,
            UnitPrice = 95m + (7.5m * i),
            UnitCode = "HUR",
            Nature = LineNature.Service,
            TaxClass = "standard",
            DiscountPercent = i % 4 == 0 ? 5m : null,
        };

    private static T Checked<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new BenchmarkAbortedException($"Seeding the {what} was refused: {string.Join("; ", outcome.Problems)}");
}
