using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yiwang.Rules.Loading;

/// <summary>
/// Reads a data file strictly (unknown fields, missing required fields and nulls where none is allowed all fail) and
/// words a failure with item ids instead of array positions: <c>targets[specialized].scoring.indicators[S4]</c>
/// rather than <c>$.targets[1].scoring.indicators[3]</c>.
/// </summary>
internal static class JsonFiles
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static T Read<T>(Stream json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var copy = new MemoryStream();
        json.CopyTo(copy);
        var bytes = copy.ToArray();
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, Options) ?? throw new RulesFormatException($"{origin}: the file is empty");
        }
        catch (JsonException ex)
        {
            // The serializer's message ends with the raw path and position; ours says where with ids, then what. A file
            // that is not even JSON keeps the serializer's whole message (its line number is all there is).
            var at = ex.Path is null ? null : Named(bytes, ex.Path);
            var what = at is null ? ex.Message : ex.Message.Split(" Path:", 2)[0];
            throw new RulesFormatException($"{origin}: {at ?? ex.Path ?? "$"}: {what}", ex);
        }
    }

    /// <summary>A JSON path with every array index replaced by the id of the item there, when it has one; null when the text is not JSON.</summary>
    public static string? Named(byte[] json, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }

        using (doc)
        {
            var named = new StringBuilder();
            var node = doc.RootElement;
            var known = true;
            foreach (var (name, index) in Segments(path))
            {
                if (name is not null)
                {
                    named.Append(named.Length == 0 ? string.Empty : ".").Append(name);
                    known = known && node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out node);
                    continue;
                }

                var item = known && node.ValueKind == JsonValueKind.Array && index < node.GetArrayLength() ? node[index] : default;
                known = item.ValueKind != JsonValueKind.Undefined;
                var id = known && item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
                    ? idValue.GetString() : null;
                named.Append('[').Append(id ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                node = item;
            }

            return named.Length == 0 ? "$" : named.ToString();
        }
    }

    // "$.a.b[2]['c d']" → (a), (b), [2], (c d)
    private static IEnumerable<(string? Name, int Index)> Segments(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                yield return (path[(i + 1)..end], -1);
                i = end;
            }
            else if (i + 1 < path.Length && path[i] == '[' && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i, StringComparison.Ordinal);
                if (end < 0) yield break;
                yield return (path[(i + 2)..end], -1);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), out var index)) yield break;
                yield return (null, index);
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
