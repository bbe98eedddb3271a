using System.Globalization;
using Facturation.Plugins.Handlebars.Analysis;
using Facturation.Plugins.Handlebars.Rendering;
using Facturation.Plugins.Handlebars.ViewModel;
using HandlebarsDotNet;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>The helpers this plugin adds to Handlebars' own blocks and <c>lookup</c>: <c>raw</c> and <c>eq</c>.</summary>
internal static class SandboxHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper(Vocabulary.Raw, new HandlebarsHelper(Raw));
        handlebars.RegisterHelper(Vocabulary.Eq, new HandlebarsReturnHelper(Eq));
    }

    /// <summary><c>{{raw value}}</c>: writes a string without HTML escaping (HTML the host has already sanitised).</summary>
    private static void Raw(EncodedTextWriter output, Context context, Arguments arguments)
    {
        RenderBudget.Current.Check();
        if (arguments.Length != 1)
        {
            throw new RenderAbortedException("'raw' takes one value: {{raw value}}.");
        }

        switch (arguments[0])
        {
            case null:
                return;
            case string text:
                output.WriteSafeString(text);
                return;
            case PlainMap or PlainList:
                throw new RenderAbortedException("'raw' writes text: it was given an object or a list.");
            case IFormattable formattable:
                output.WriteSafeString(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case var other:
                output.WriteSafeString(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty);
                return;
        }
    }

    /// <summary><c>(eq a b)</c>: whether two values are equal, see <see cref="PlainEquality"/>.</summary>
    private static object Eq(Context context, Arguments arguments)
    {
        RenderBudget.Current.Check();
        if (arguments.Length != 2)
        {
            throw new RenderAbortedException("'eq' takes two values: (eq a b).");
        }

        return PlainEquality.AreEqual(arguments[0], arguments[1]);
    }
}
