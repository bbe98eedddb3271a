using System.Globalization;
using HandlebarsDotNet;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>
/// A fresh Handlebars.Net environment for one compilation, so templates of different companies never share partials
/// or helpers.
/// </summary>
internal static class SandboxEnvironment
{
    public static IHandlebars Create()
    {
        var configuration = new HandlebarsConfiguration
        {
            // A member the view model does not have is an error naming it, in {{x}} and in {{#if x}} alike.
            ThrowOnUnresolvedBindingExpression = true,

            // Canonical Handlebars escaping: & < > " ' ` = are encoded, other characters are kept.
            TextEncoder = new HtmlEncoder(),
            NoEscape = false,
            FormatProvider = CultureInfo.InvariantCulture,
            PartialTemplateResolver = NoPartialResolver.Instance,
        };
        configuration.FormatterProviders.Add(new PlainStructureFormatter());
        var handlebars = HandlebarsDotNet.Handlebars.Create(configuration);
        SandboxHelpers.Register(handlebars);
        return handlebars;
    }
}
