using Facturation.Sdk.Templates;

namespace Facturation.Plugins.Scriban;

/// <summary>
/// The default layouts, A4, in French and English, for every layout the host fills. They are one template
/// (<c>Layouts/document.sbn-html</c>) and its partials: the view model gives the wording of the language and says which
/// blocks a layout has (prices, payment, reminder), so a company that edits the template edits every layout at once
/// or copies it per layout. They print exactly what the Handlebars plugin's default layouts print, byte for byte, so a
/// document issued with those renders the same with these.
/// </summary>
public sealed class DefaultLayoutProvider : IDefaultLayoutProvider
{
    private static readonly string[] LayoutsProvided =
        [LayoutNames.Invoice, LayoutNames.CreditNote, LayoutNames.DepositInvoice, LayoutNames.Quote, LayoutNames.DeliveryNote, LayoutNames.PaymentReminder];

    private static readonly string[] Languages = ["fr", "en"];

    private static readonly string[] PartialNames = ["styles", "parties", "lines", "vat", "totals", "deposits", "payment"];

    private static readonly Lazy<TemplateSource> Document = new(() => new TemplateSource("document", Read("document"))
    {
        Partials = PartialNames.ToDictionary(name => name, Read, StringComparer.Ordinal),
    });

    /// <inheritdoc />
    public IReadOnlyList<LayoutKey> Layouts { get; } =
        [.. LayoutsProvided.SelectMany(layout => Languages.Select(language => new LayoutKey(layout, language, ScribanTemplateEngine.EngineId)))];

    /// <inheritdoc />
    public TemplateSource? GetLayout(LayoutKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Layouts.Contains(key) ? Document.Value with { Name = $"{key.Layout}.{key.Language}" } : null;
    }

    private static string Read(string name)
    {
        using var stream = typeof(DefaultLayoutProvider).Assembly.GetManifestResourceStream($"Layouts.{name}.sbn-html")
            ?? throw new InvalidOperationException($"The layout resource '{name}.sbn-html' is missing from the plugin assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
