using System.Text.Json;

namespace Yiwang.Kernel.Codes;

/// <summary>Reads the reference files under Data/ that the csproj embeds as <c>Yiwang.Kernel.Data.&lt;file&gt;</c>.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("Yiwang.Kernel.Data." + fileName)
        ?? throw new InvalidDataException($"Embedded resource Data/{fileName} is missing from Yiwang.Kernel.");

    public static string RequiredString(this JsonElement element, string property, string fileName) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"Data/{fileName}: '{property}' is missing or empty in {element.GetRawText()}");

    public static string? OptionalString(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
