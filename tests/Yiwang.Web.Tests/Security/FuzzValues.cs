namespace Yiwang.Web.Tests.Security;

/// <summary>The hostile values of the fuzz pass, as JSON literals (bodies) and as raw text (query strings).</summary>
internal static class FuzzValues
{
    private static readonly string TenThousandChars = new('长', 10_000);

    /// <summary>Whole bodies that are not the object the endpoint expects, including JSON that does not parse.</summary>
    public static IReadOnlyList<string> Bodies { get; } =
        ["{", "{\"a\":", "[]", "\"str\"", "123", "null", "", "{}", "[{}]", "{\"__proto__\":{}}", "\uFEFF{}", "{\"x\":1e99999}"];

    /// <summary>Property values: wrong types, extremes, long and hostile text, codes with a bad check character or unknown.</summary>
    public static IReadOnlyList<string> JsonValues { get; } =
    [
        "[]", "\"str\"", "123", "null", "true", "{}", "99999999999999999999999999999", "-1", "-2147483649", "1e308", "0.0000001",
        Quote(TenThousandChars), Quote("<script>alert(1)</script>"), Quote("\"><img src=x onerror=alert(1)>"),
        Quote("中文𠀀𪚥😀é\u3000"), Quote("91330106MA2XNW8QA"), Quote("ZZ-UNKNOWN-CODE"), Quote("2026-13-45"), Quote(string.Empty), "[1,2,3]",
    ];

    /// <summary>Query values: non-numbers where numbers go, absurd page numbers, long and hostile text.</summary>
    public static IReadOnlyList<string> QueryValues { get; } =
    [
        "abc", "-1", "0", "99999999999999999999", "2147483648", "1.5", "[]", "null", TenThousandChars, "<script>alert(1)</script>",
        "中文𠀀😀", "91330106MA2XNW8QA", "ZZ-UNKNOWN", "2026-13-45", "%", string.Empty,
    ];

    /// <summary>Bad query values for the HTML pages (the 500s came from non-integer page/year/step).</summary>
    public static IReadOnlyList<string> PageValues { get; } = ["abc", "-5", "99999999999", "<script>x</script>"];

    public static IReadOnlyList<string> PageKeys { get; } = ["page", "year", "step", "pageSize", "month", "tab"];

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
