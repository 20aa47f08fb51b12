using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.ProvincialFeatures;

/// <summary>
/// 特色化 indicators (15 points, 1–3 per province) as data: Data/Reference/provincial-features.json. It ships empty because
/// the fact sheet names no province's indicators; a province without an entry falls back to facts.localFeaturePoints.
/// </summary>
internal sealed record ProvincialFeatureConfig(
    int FormatVersion, string Id, decimal MaxPoints, int MinIndicators, int MaxIndicators, string Source, string NoteZh, string NoteEn,
    IReadOnlyList<ProvinceFeatures> Provinces)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };

    private static readonly Lazy<ProvincialFeatureConfig> Embedded = new(() =>
    {
        using var stream = typeof(ProvincialFeatureConfig).Assembly.GetManifestResourceStream("Yiwang.Cultivation.Reference.provincial-features.json")
            ?? throw new RuleSetFormatException("provincial-features.json: not embedded");
        return Load(stream, "provincial-features.json");
    });

    public static ProvincialFeatureConfig Current => Embedded.Value;

    public static ProvincialFeatureConfig Load(Stream json, string origin)
    {
        var config = JsonSerializer.Deserialize<ProvincialFeatureConfig>(json, JsonOptions)
            ?? throw new RuleSetFormatException($"{origin}: empty");
        foreach (var p in config.Provinces)
        {
            if (p.Code.Length != 6 || !p.Code.EndsWith("0000", StringComparison.Ordinal)) throw new RuleSetFormatException($"{origin}: {p.Code}: a province code ends in 0000");
            if (p.Indicators.Count < config.MinIndicators || p.Indicators.Count > config.MaxIndicators)
                throw new RuleSetFormatException($"{origin}: {p.Code}: {config.MinIndicators}–{config.MaxIndicators} indicators");
            if (p.Indicators.Sum(i => i.MaxPoints) != config.MaxPoints) throw new RuleSetFormatException($"{origin}: {p.Code}: indicators must add up to {config.MaxPoints}");
            if (string.IsNullOrWhiteSpace(p.Source)) throw new RuleSetFormatException($"{origin}: {p.Code}: cite the source");
        }

        return config;
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/provincial-features/{province}", (string province) =>
            {
                if (province.Length != 6 || !province.All(char.IsAsciiDigit) || !province.EndsWith("0000", StringComparison.Ordinal))
                    return ApiProblems.Invalid(new Dictionary<string, Bilingual> { ["province"] = new("应为省级行政区划代码，如 330000", "a province code such as 330000") });
                var entry = Current.Provinces.FirstOrDefault(p => p.Code == province);
                return Results.Ok(new
                {
                    province, Current.MaxPoints, Configured = entry is not null, Indicators = entry?.Indicators ?? [], Source = entry?.Source ?? Current.Source,
                    Note = new Bilingual(Current.NoteZh, Current.NoteEn),
                });
            })
            .AllowAnonymous()
            .WithSummary("Provincial 特色化 indicators (15 points) / 省级特色化指标配置");
}

internal sealed record ProvinceFeatures(string Code, string NameZh, string Source, IReadOnlyList<ProvinceFeatureIndicator> Indicators);

internal sealed record ProvinceFeatureIndicator(string Id, string NameZh, string NameEn, decimal MaxPoints, string Confidence);
