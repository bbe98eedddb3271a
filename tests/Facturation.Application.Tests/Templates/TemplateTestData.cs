using System.Text;
using Facturation.Application.Rendering;
using Facturation.Application.Templates;
using Facturation.Sdk.Common;

namespace Facturation.Application.Tests.Templates;

/// <summary>Saving templates and rendering documents for the template tests.</summary>
internal static class TemplateTestData
{
    public static string Page(string body) =>
        $"<!DOCTYPE html>\n<html lang=\"{{{{language}}}}\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n{body}\n</body>\n</html>\n";

    public static async Task<TemplateVersion> SaveAsync(TestApp app, string text, string? comment = null, IReadOnlyDictionary<string, string>? partials = null)
    {
        var edit = new TemplateEdit("invoice", "fr", text, "alice")
        {
            Comment = comment,
            Partials = partials ?? new Dictionary<string, string>(StringComparer.Ordinal),
        };
        return (await app.Get<TemplateService>().SaveAsync("acme", edit, default)).GetValueOrThrow();
    }

    public static Task<Outcome<RenderedDocument>> RenderAsync(TestApp app, string number, RenderFormat format = RenderFormat.Html) =>
        app.Get<DocumentRenderService>().RenderAsync(new RenderInput("acme", number, format) { Language = "fr" }, default);

    public static async Task<string> HtmlAsync(TestApp app, string number) =>
        Encoding.UTF8.GetString((await RenderAsync(app, number)).GetValueOrThrow().Content);
}
