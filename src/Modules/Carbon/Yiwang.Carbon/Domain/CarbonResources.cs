using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yiwang.Carbon.Domain;

/// <summary>The reference data files embedded in this assembly (factor sets, product templates).</summary>
internal static class CarbonResources
{
    public static Stream Open(string fileName) =>
        typeof(CarbonResources).Assembly.GetManifestResourceStream("Yiwang.Carbon.Reference." + fileName)
        ?? throw new InvalidOperationException($"embedded reference file {fileName} is missing");

    public static IEnumerable<string> Names(string prefix) =>
        typeof(CarbonResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Yiwang.Carbon.Reference." + prefix, StringComparison.Ordinal))
            .Select(n => n["Yiwang.Carbon.Reference.".Length..])
            .Order(StringComparer.Ordinal);
}

/// <summary>One JSON convention for data files and API bodies: camelCase, comments and trailing commas allowed in files.</summary>
internal static class CarbonJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
