using System.Globalization;
using System.Text;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Writes constant values (const fields, default parameter values, attribute arguments) as C# literals.</summary>
internal static class Literals
{
    /// <summary>The C# literal of a value.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="type">The declared type, to name enum members and tell <c>null</c> from <c>default</c>.</param>
    /// <returns>E.g. <c>"plugin.json"</c>, <c>20.5m</c>, <c>true</c>, <c>System.DayOfWeek.Monday</c>.</returns>
    public static string Format(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null";
        if (target.IsEnum)
        {
            var name = Enum.GetName(target, value);
            var typeName = TypeNames.Format(target);
            return name is null
                ? $"({typeName}){Convert.ToString(value, CultureInfo.InvariantCulture)}"
                : $"{typeName}.{name}";
        }
        return value switch
        {
            string text => Quote(text, '"'),
            char character => Quote(character.ToString(), '\''),
            bool flag => flag ? "true" : "false",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "m",
            float number => number.ToString("R", CultureInfo.InvariantCulture) + "f",
            double number => number.ToString("R", CultureInfo.InvariantCulture) + "d",
            Type typeOf => $"typeof({TypeNames.Format(typeOf)})",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static string Quote(string text, char quote)
    {
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                '\0' => builder.Append(@"\0"),
                _ when c == quote => builder.Append('\\').Append(c),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }
        return builder.Append(quote).ToString();
    }
}
