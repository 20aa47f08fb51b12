using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features;

/// <summary>Parses the query arguments several endpoints share; a failure comes back as the 400 answer to return.</summary>
internal static class QueryArguments
{
    public static bool TryRegion(string? text, out string region, [NotNullWhen(false)] out IResult? problem)
    {
        region = IndicatorCatalogue.NationalRegion;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!RegionCode.TryParse(text, out var code, out var error))
        {
            problem = ApiProblems.InvalidCode("region", error);
            return false;
        }

        region = code.Value;
        return true;
    }

    public static bool TryPeriod(string field, string? text, out Period? period, [NotNullWhen(false)] out IResult? problem)
    {
        period = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Period.TryParse(text.Trim(), out period)) return true;
        problem = ApiProblems.Invalid(field, new Bilingual($"“{text}”应为年月 YYYY-MM", $"'{text}' must be a month, YYYY-MM"));
        return false;
    }
}
