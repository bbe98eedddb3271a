namespace Facturation.Plugins.Handlebars.Syntax;

/// <summary>What a <c>{{...}}</c> tag is, decided by its first character(s).</summary>
internal enum TagKind
{
    /// <summary><c>{{! ...}}</c> or <c>{{!-- ... --}}</c>.</summary>
    Comment,

    /// <summary><c>{{{x}}}</c>, <c>{{{{raw}}}}</c> or <c>{{&amp;x}}</c>: unescaped output, refused.</summary>
    Unescaped,

    /// <summary><c>{{*x}}</c>: a decorator, refused.</summary>
    Decorator,

    /// <summary><c>{{#*inline "name"}}...{{/inline}}</c>: block decorators and inline partials, refused.</summary>
    DecoratorBlock,

    /// <summary><c>{{> name}}</c>.</summary>
    Partial,

    /// <summary><c>{{#> name}}...{{/name}}</c>.</summary>
    PartialBlock,

    /// <summary><c>{{#x}}</c>.</summary>
    Block,

    /// <summary><c>{{^x}}</c>.</summary>
    InverseBlock,

    /// <summary><c>{{else}}</c> or a chained <c>{{else if x}}</c>.</summary>
    Else,

    /// <summary><c>{{/x}}</c>.</summary>
    Close,

    /// <summary><c>{{x}}</c> or a helper call <c>{{raw x}}</c>.</summary>
    Expression,
}
