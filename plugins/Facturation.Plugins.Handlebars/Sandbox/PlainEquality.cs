using System.Globalization;

namespace Facturation.Plugins.Handlebars.Sandbox;

/// <summary>
/// Equality for the <c>eq</c> helper: numbers by value whatever their type (<c>1</c> equals <c>1.0m</c>), strings
/// ordinally, other scalars when of the same type; objects and lists are never equal; different kinds are not equal.
/// </summary>
internal static class PlainEquality
{
    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return left is double or float || right is double or float
                ? Convert.ToDouble(left, CultureInfo.InvariantCulture) == Convert.ToDouble(right, CultureInfo.InvariantCulture)
                : Convert.ToDecimal(left, CultureInfo.InvariantCulture) == Convert.ToDecimal(right, CultureInfo.InvariantCulture);
        }

        if (left is string leftText && right is string rightText)
        {
            return string.Equals(leftText, rightText, StringComparison.Ordinal);
        }

        // Scalars only (booleans, dates, GUIDs): view model objects reach helpers as wrappers, equal only to themselves.
        return left.GetType() == right.GetType() && left.GetType().IsValueType && left.Equals(right);
    }

    private static bool IsNumber(object value) =>
        value is byte or sbyte or short or ushort or int or uint or long or ulong or decimal or float or double;
}
