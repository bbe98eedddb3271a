using Facturation.Sdk.Documents;

namespace Facturation.Rendering.Documents;

/// <summary>Short labels of the common UN/ECE Rec 20 units; other codes print as they are.</summary>
internal static class UnitLabels
{
    private static readonly Dictionary<string, (string Fr, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["C62"] = ("u.", "unit"), ["H87"] = ("pièce", "piece"), ["HUR"] = ("h", "h"), ["DAY"] = ("jour", "day"),
        ["MIN"] = ("min", "min"), ["MON"] = ("mois", "month"), ["ANN"] = ("an", "year"), ["KGM"] = ("kg", "kg"),
        ["MTR"] = ("m", "m"), ["MTK"] = ("m²", "m²"), ["MTQ"] = ("m³", "m³"), ["LTR"] = ("l", "l"), ["SET"] = ("lot", "set"),
        ["WEE"] = ("semaine", "week"), ["KMT"] = ("km", "km"), ["TNE"] = ("t", "t"), ["XPK"] = ("colis", "package"),
    };

    public static string Of(UnitCode unit, string language) =>
        Labels.TryGetValue(unit.Value, out var label) ? (language == "fr" ? label.Fr : label.En) : unit.Value;
}
