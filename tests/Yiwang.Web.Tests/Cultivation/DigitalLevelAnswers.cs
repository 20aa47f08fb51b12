using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>Questionnaire answers built from the index the API serves, so tests follow the index data.</summary>
internal static class DigitalLevelAnswers
{
    /// <summary>Every question at its best option and every scenario at <paramref name="scenarioLevel"/>.</summary>
    public static async Task<object> FullAsync(YiwangApp app, int scenarioLevel, CancellationToken ct)
    {
        using var client = app.CreateClient();
        var index = await client.GetFromJsonAsync<JsonElement>("/api/v1/cultivation/digital-level/index", ct);
        var choices = new Dictionary<string, string[]>();
        foreach (var q in index.GetProperty("dimensions").EnumerateArray().SelectMany(d => d.GetProperty("subDimensions").EnumerateArray())
                     .SelectMany(s => s.GetProperty("questions").EnumerateArray()))
        {
            var options = q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray();
            choices[q.GetProperty("id").GetString()!] = q.GetProperty("kind").GetString() == "multi" ? options : [options[^1]];
        }

        var scenarios = index.GetProperty("scenarios").GetProperty("items").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, _ => scenarioLevel);
        return new { choices, scenarios };
    }
}
