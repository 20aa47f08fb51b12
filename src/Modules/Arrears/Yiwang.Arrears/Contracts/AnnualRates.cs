using System.Globalization;

namespace Yiwang.Arrears.Contracts;

/// <summary>Reads an annual rate typed by a person: a fraction ("0.0345") or a percentage with its sign ("3.45%").</summary>
public static class AnnualRates
{
    public static bool TryParse(string? text, out decimal fraction)
    {
        fraction = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return false;
        var percent = trimmed.EndsWith('%') || trimmed.EndsWith('％');
        var number = percent ? trimmed[..^1].TrimEnd() : trimmed;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return false;
        fraction = percent ? value / 100m : value;
        return true;
    }
}
