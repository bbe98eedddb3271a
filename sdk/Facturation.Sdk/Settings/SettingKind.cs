namespace Facturation.Sdk.Settings;

/// <summary>The type of a plugin setting's value; values travel as invariant-culture text.</summary>
public enum SettingKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>Whole number, e.g. <c>5</c>.</summary>
    WholeNumber,

    /// <summary>Decimal number with a dot, e.g. <c>20.5</c>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>ISO 8601 date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>One of <see cref="SettingDefinition.AllowedValues"/>.</summary>
    Choice,
}
