using Facturation.Plugins.Handlebars.Rendering;
using Facturation.Plugins.Handlebars.ViewModel;
using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>Printing a whole object or list is an error that names it, rather than a dump of its contents.</summary>
internal sealed class PlainStructureFormatter : IFormatterProvider, IFormatter
{
    public bool TryCreateFormatter(Type type, out IFormatter formatter)
    {
        formatter = this;
        return typeof(PlainMap).IsAssignableFrom(type) || type == typeof(PlainList);
    }

    public void Format<T>(T value, in EncodedTextWriter writer)
    {
        var path = value switch
        {
            PlainMap map => map.Path.ToString(),
            PlainList list => list.Path.ToString(),
            _ => "a value",
        };
        throw new RenderAbortedException(
            $"A tag prints {path}, which is an object or a list: print one of its members, e.g. {{{{customer.name}}}}, "
            + "or loop over it with {{#each}}.");
    }
}
