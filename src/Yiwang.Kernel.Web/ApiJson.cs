using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Web;

/// <summary>
/// Reads a JSON request body without the framework's binder, so that malformed JSON or a value of the wrong type answers
/// a 400 that names the field in the caller's language ("从业人员应为整数"), instead of a parser message in English.
/// </summary>
public static class ApiJson
{
    public const int MaxBodyBytes = 1 << 20;

    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web);

    /// <param name="labels">Field names as people say them, by JSON name ("employees" → 从业人员); others show their JSON name.</param>
    /// <returns>The value, or the problem to answer (the value is then default).</returns>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, IReadOnlyDictionary<string, Bilingual>? labels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasJsonContentType() is false)
            return (default, ApiProblems.Invalid("body", new("请以 JSON 格式提交（Content-Type: application/json）", "Send the body as JSON (Content-Type: application/json)")));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0) return (default, ApiProblems.BodyRequired());
        if (buffer.Length > MaxBodyBytes) return (default, ApiProblems.Status(StatusCodes.Status413PayloadTooLarge, new("请求体过大", "The request body is too large")));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var (line, column) = ((ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1);
            return (default, ApiProblems.Invalid("body", new($"请求体不是有效的 JSON：第 {line} 行第 {column} 个字符附近有格式错误",
                $"The body is not valid JSON: a syntax error near line {line}, character {column}")));
        }

        using (document)
        {
            var options = request.HttpContext.RequestServices?.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
                          ?? WebDefaults;
            try
            {
                var value = document.Deserialize<T>(options);
                return value is null ? (default, ApiProblems.BodyRequired()) : (value, null);
            }
            catch (JsonException ex)
            {
                var field = FieldOf(ex.Path);
                return (default, ApiProblems.Invalid(field, WrongType(field, typeof(T), labels)));
            }
        }
    }

    /// <summary>"$.contracts[0].signedOn" → "contracts[0].signedOn"; "$" → "body".</summary>
    internal static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static Bilingual WrongType(string field, Type root, IReadOnlyDictionary<string, Bilingual>? labels)
    {
        var name = field.Split('.')[^1].Split('[')[0];
        var label = labels is not null && labels.TryGetValue(name, out var l) ? l : new Bilingual(name, name);
        var property = root.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        var kind = Kind(property?.PropertyType);
        return new($"{label.Zh}应为{kind.Zh}", $"{label.En} must be {kind.En}");
    }

    private static Bilingual Kind(Type? type)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int) || t == typeof(long) || t == typeof(short)) return new("整数", "a whole number");
        if (t == typeof(decimal) || t == typeof(double) || t == typeof(float)) return new("数字", "a number");
        if (t == typeof(string)) return new("文字", "text");
        if (t == typeof(bool)) return new("true 或 false", "true or false");
        if (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset)) return new("日期，如 2026-12-07", "a date such as 2026-12-07");
        if (t is { IsEnum: true }) return new("允许的取值之一", "one of the allowed values");
        return new("正确的格式", "in the right format");
    }
}
