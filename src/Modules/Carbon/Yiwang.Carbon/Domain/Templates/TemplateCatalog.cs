using System.Text.Json;

namespace Yiwang.Carbon.Domain.Templates;

/// <summary>The starter templates shipped with this build, by id.</summary>
internal static class TemplateCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProductTemplate>> Loaded = new(() =>
        CarbonResources.Names("template-").Select(name =>
        {
            using var stream = CarbonResources.Open(name);
            return JsonSerializer.Deserialize<ProductTemplate>(stream, CarbonJson.Options) ?? throw new InvalidDataException($"empty template {name}");
        }).ToDictionary(t => t.Id, StringComparer.Ordinal));

    public static IReadOnlyList<ProductTemplate> All => [.. Loaded.Value.Values.OrderBy(t => t.Id, StringComparer.Ordinal)];

    public static ProductTemplate? Find(string? id) => id is null ? null : Loaded.Value.GetValueOrDefault(id);
}
