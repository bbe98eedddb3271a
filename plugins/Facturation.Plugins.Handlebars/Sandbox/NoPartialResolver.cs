using HandlebarsDotNet;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>Replaces Handlebars.Net's file-system partial resolver: partials come from the template source only.</summary>
internal sealed class NoPartialResolver : IPartialTemplateResolver
{
    public static NoPartialResolver Instance { get; } = new();

    public bool TryRegisterPartial(IHandlebars env, string? partialName, string? templatePath) => false;
}
