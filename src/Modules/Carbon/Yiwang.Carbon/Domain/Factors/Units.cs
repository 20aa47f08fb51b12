using System.Globalization;

namespace Yiwang.Carbon.Domain.Factors;

/// <summary>
/// The units a product model may use, each with its dimension and size in the dimension's base unit. An exchange in
/// t feeding a process that makes kg converts; an exchange in kWh feeding a factor per Nm³ is a modelling error and
/// is refused with both units named. Battery capacity (kWh-cap) is its own dimension so that cell capacity is never
/// mistaken for the electricity used to make it.
/// </summary>
internal static class Units
{
    private static readonly Dictionary<string, (string Dimension, double ToBase)> Known = new(StringComparer.Ordinal)
    {
        ["g"] = ("mass", 0.001),
        ["kg"] = ("mass", 1),
        ["t"] = ("mass", 1000),
        ["kWh"] = ("energy", 1),
        ["MWh"] = ("energy", 1000),
        ["MJ"] = ("energy", 1 / 3.6),
        ["GJ"] = ("energy", 1000 / 3.6),
        ["Nm3"] = ("gas volume", 1),
        ["L"] = ("volume", 0.001),
        ["m3"] = ("volume", 1),
        ["tkm"] = ("transport", 1),
        ["km"] = ("distance", 1),
        ["kWh-cap"] = ("battery capacity", 1),
        ["piece"] = ("count", 1),
    };

    public static bool IsKnown(string unit) => Known.ContainsKey(unit);

    /// <summary>How many <paramref name="to"/> one <paramref name="from"/> is.</summary>
    /// <exception cref="ProductModelException">Unknown unit or different dimensions.</exception>
    public static double Factor(string from, string to, string where)
    {
        if (!Known.TryGetValue(from, out var a)) throw new ProductModelException($"未知单位“{from}”（{where}）", $"unknown unit '{from}' ({where})");
        if (!Known.TryGetValue(to, out var b)) throw new ProductModelException($"未知单位“{to}”（{where}）", $"unknown unit '{to}' ({where})");
        if (a.Dimension != b.Dimension)
        {
            throw new ProductModelException(
                $"单位不可换算：{from}（{a.Dimension}）与 {to}（{b.Dimension}）（{where}）",
                string.Create(CultureInfo.InvariantCulture, $"units do not convert: {from} ({a.Dimension}) vs {to} ({b.Dimension}) ({where})"));
        }

        return a.ToBase / b.ToBase;
    }
}
