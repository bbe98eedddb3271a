namespace Facturation.Sdk.Templates;

/// <summary>Supplies ready-made layouts that a company starts from before an admin customises them.</summary>
public interface IDefaultLayoutProvider
{
    /// <summary>The layouts this provider has.</summary>
    IReadOnlyList<LayoutKey> Layouts { get; }

    /// <summary>The template of a layout.</summary>
    /// <param name="key">One of <see cref="Layouts"/>.</param>
    /// <returns>The template, or <see langword="null"/> when the provider has no such layout.</returns>
    TemplateSource? GetLayout(LayoutKey key);
}
