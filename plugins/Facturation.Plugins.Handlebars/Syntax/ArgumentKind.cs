namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>What an argument inside a tag is.</summary>
internal enum ArgumentKind
{
    /// <summary>A path into the view model (<c>customer.name</c>, <c>../total</c>, <c>@index</c>) or a helper name.</summary>
    Path,

    /// <summary>A string, number or <c>true</c>/<c>false</c>/<c>null</c>/<c>undefined</c> literal.</summary>
    Literal,

    /// <summary>A sub-expression <c>(helper args)</c>.</summary>
    SubExpression,
}
