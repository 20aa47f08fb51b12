namespace Yiwang.Indicators.Tests.Data;

/// <summary>Small hand-written data files: one indicator, one source, the observations and targets under test.</summary>
internal static class CatalogueJson
{
    public static string With(string observations, string targets = "", string scopeChanges = "", string accumulation = "stock") => $$"""
        {
          "version": "test",
          "sources": { "s": "test source" },
          "units": { "count": { "zh": "个", "en": "count" }, "percent": { "zh": "%", "en": "%" } },
          "indicators": [
            { "code": "x", "area": "ict", "nameZh": "某指标", "nameEn": "Some indicator", "unit": "count", "accumulation": "{{accumulation}}", "source": "s",
              "scopeChanges": [ {{scopeChanges}} ] }
          ],
          "observations": [ {{observations}} ],
          "targets": [ {{targets}} ]
        }
        """;

    public static string Obs(string period, decimal value, string extra = "") =>
        $$"""{ "indicator": "x", "period": "{{period}}", "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "status": "reported", "source": "s"{{extra}} }""";
}
