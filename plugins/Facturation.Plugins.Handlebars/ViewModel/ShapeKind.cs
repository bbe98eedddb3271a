namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>How a view model type is shown to templates.</summary>
internal enum ShapeKind
{
    /// <summary>Strings, numbers, booleans, dates, GUIDs: given to Handlebars as they are.</summary>
    Scalar,

    /// <summary>Enumerations: shown as their name.</summary>
    Enumeration,

    /// <summary>A non-generic <see cref="System.Collections.IDictionary"/> (every BCL dictionary): read by key.</summary>
    Dictionary,

    /// <summary>A dictionary known only through its generic interfaces: copied, then read by key.</summary>
    KeyValuePairs,

    /// <summary>An <see cref="System.Collections.IList"/> (arrays, lists): read by index.</summary>
    List,

    /// <summary>Any other finite collection (sets, ...): copied, then read by index.</summary>
    Collection,

    /// <summary>A record or other data object: its public properties and fields.</summary>
    Record,

    /// <summary>Not plain data: code, services, streams, reflection, lazy sequences.</summary>
    Refused,
}
