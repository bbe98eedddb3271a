using Facturation.Plugins.Handlebars;
using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Tests.Handlebars;

/// <summary>Compiles and renders templates the way the host does.</summary>
internal static class HandlebarsTestKit
{
    public static TemplateSource Source(string text, params (string Name, string Text)[] partials) =>
        new("invoice.fr", text) { Partials = partials.ToDictionary(partial => partial.Name, partial => partial.Text, StringComparer.Ordinal) };

    public static TemplateCompilation TryCompile(string text, params (string Name, string Text)[] partials) =>
        new HandlebarsTemplateEngine().Compile(Source(text, partials));

    public static ICompiledTemplate Compile(string text, params (string Name, string Text)[] partials)
    {
        var compilation = TryCompile(text, partials);
        Assert.True(compilation.Succeeded, string.Join(Environment.NewLine, compilation.Errors));
        return compilation.Template!;
    }

    public static async Task<(TemplateRenderResult Result, string Output)> RenderAsync(
        ICompiledTemplate template, object viewModel, RenderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        var result = await template.RenderAsync(new TemplateRenderRequest(viewModel, output, limits ?? RenderLimits.Default), cancellationToken);
        return (result, output.ToString());
    }

    public static InvoiceView Invoice(string customerName = "Dupont SARL") => new(
        "F-2026-0042",
        new CustomerView(customerName, "Lyon"),
        [new LineView("Conseil", 2, "200,00 €"), new LineView("Audit", 1, "500,00 €")],
        "700,00 €",
        null,
        InvoiceStatus.Paid);

    public static ItemsView Items(int count, string big = "") =>
        new([.. Enumerable.Range(0, count).Select(index => "item" + index)], big);
}
