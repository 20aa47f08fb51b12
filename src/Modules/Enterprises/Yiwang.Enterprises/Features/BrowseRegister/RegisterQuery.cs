using System.Globalization;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.BrowseRegister;

/// <summary>The register's query parameters as typed into a URL: checked here so a wrong one answers 400, never 500.</summary>
internal static class RegisterQuery
{
    /// <summary>The size filter's values: the stored sizes and "uncovered" (no size: the industry is outside the rule set).</summary>
    public static readonly string[] SizeFilters = ["large", "medium", "small", "micro", "uncovered"];

    public static Bilingual? SizeError(string? size) =>
        string.IsNullOrEmpty(size) || SizeFilters.Contains(size, StringComparer.Ordinal) ? null
            : new Bilingual("规模应为大型、中型、小型、微型或未覆盖（large、medium、small、micro、uncovered）",
                "The size must be large, medium, small, micro or uncovered");

    /// <summary>The label of a size filter value.</summary>
    public static Bilingual SizeLabel(string filter) => EnterpriseSizeText.LabelOf(filter == "uncovered" ? null : filter);

    /// <summary>A whole number from <paramref name="min"/>; an empty value is <paramref name="fallback"/>.</summary>
    public static bool TryParseNumber(string? text, int fallback, int min, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min;
    }

    public static Bilingual PageError(string text) =>
        new($"页码“{text}”无效，应为从 1 开始的整数", $"The page '{text}' is not valid; it must be a whole number from 1");

    public static Bilingual PageSizeError(string text) =>
        new($"每页条数“{text}”无效，应为 1 至 {BrowseRegisterHandler.MaxPageSize} 的整数", $"The page size '{text}' is not valid; it must be a whole number from 1 to {BrowseRegisterHandler.MaxPageSize}");
}
