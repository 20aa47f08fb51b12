using System.Text.Json;
using System.Text.Json.Serialization;

using Yiwang.Carbon.Domain;

namespace Yiwang.Carbon.Domain.Factors;

/// <summary>
/// The versioned emission-factor set: GWP100 per gas (AR6, with AR5/AR4 kept for comparison) and activity factors
/// (kg of a gas per unit of activity), each with its series, year, region, source and confidence label. Grid
/// factors of the statistical series (grid-average, grid-residual, grid-fossil) and of the carbon-market reporting
/// series (ets-reporting) live side by side but under different series so they are never mixed up.
/// </summary>
internal sealed class FactorLibrary
{
    private readonly Dictionary<string, EmissionFactor> factors;
    private readonly Dictionary<string, GasInfo> gases;

    private FactorLibrary(FactorSetFile file)
    {
        Id = file.Id;
        Version = file.Version;
        Characterization = file.Characterization;
        factors = file.Factors.ToDictionary(f => f.Key, StringComparer.Ordinal);
        gases = file.Gases.ToDictionary(g => g.Key, StringComparer.Ordinal);
    }

    public string Id { get; }

    public string Version { get; }

    public string Characterization { get; }

    public IReadOnlyCollection<EmissionFactor> Factors => factors.Values;

    public IReadOnlyCollection<GasInfo> Gases => gases.Values;

    /// <summary>The set shipped with this build (embedded Data/Factors/factors-*.json).</summary>
    public static FactorLibrary Default { get; } = Load(CarbonResources.Open("factors-2026.11.json"));

    public static FactorLibrary Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<FactorSetFile>(json, CarbonJson.Options)
            ?? throw new InvalidDataException("empty factor set");
        foreach (var f in file.Factors)
        {
            if (!Units.IsKnown(f.Unit)) throw new InvalidDataException($"factor {f.Key}: unknown unit {f.Unit}");
            if (!file.Gases.Any(g => g.Key == f.Gas)) throw new InvalidDataException($"factor {f.Key}: unknown gas {f.Gas}");
            if (string.IsNullOrWhiteSpace(f.Source) || string.IsNullOrWhiteSpace(f.Confidence)) throw new InvalidDataException($"factor {f.Key}: source and confidence are required");
        }

        return new FactorLibrary(file);
    }

    public EmissionFactor? Find(string key) => factors.GetValueOrDefault(key);

    /// <exception cref="ProductModelException">No such factor.</exception>
    public EmissionFactor Get(string key, string where) =>
        Find(key) ?? throw new ProductModelException($"因子库 {Version} 中没有因子“{key}”（{where}）", $"factor '{key}' is not in factor set {Version} ({where})", "factor");

    public GasInfo Gas(string key) => gases.TryGetValue(key, out var gas)
        ? gas
        : throw new ProductModelException($"未知温室气体“{key}”", $"unknown greenhouse gas '{key}'", "gas");

    /// <summary>Factors filtered by series (e.g. <c>grid-average</c>), year and region; null arguments do not filter.</summary>
    public IEnumerable<EmissionFactor> Search(string? series = null, int? year = null, string? region = null) =>
        factors.Values.Where(f => (series is null || f.Series == series) && (year is null || f.Year == year) && (region is null || f.Region == region))
            .OrderBy(f => f.Key, StringComparer.Ordinal);
}

/// <param name="Value">kg of <paramref name="Gas"/> per one <paramref name="Unit"/> of activity.</param>
internal sealed record EmissionFactor(
    string Key, string Zh, string En, double Value, string Gas, string Unit, string Series, int Year, string Region, string Source, string Confidence)
{
    [JsonIgnore]
    public bool IsConfirmed => Confidence is "official" or "secondary";
}

internal sealed record GasInfo(string Key, string Zh, string En, double Ar6, double Ar5, double Ar4, bool Biogenic, string Source, string Confidence);

internal sealed record FactorSetFile(string Id, string Version, string Characterization, IReadOnlyList<GasInfo> Gases, IReadOnlyList<EmissionFactor> Factors);
