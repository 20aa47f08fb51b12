using System.Text;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Kernel.Tests.Calendar;

/// <summary>Small calendar files for load and merge tests.</summary>
internal static class CalendarJson
{
    public const string Paper = "\"https://www.gov.cn/example\"";

    public static string File(string years, string days, string version = "test", string? papers = null) =>
        $$"""
        {
          "formatVersion": 1, "version": "{{version}}", "source": "test notice",
          "years": [{{years}}],
          "papers": {{papers ?? "{" + string.Join(", ", years.Split(',').Select(y => $"\"{y.Trim()}\": [{Paper}]")) + "}"}},
          "days": [{{days}}]
        }
        """;

    public static string Day(string date, bool off, string name = "节", string? extra = null) =>
        $$"""{"date": "{{date}}", "name": "{{name}}", "isOffDay": {{(off ? "true" : "false")}}{{extra}}}""";

    public static WorkCalendar Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return WorkCalendar.Load(stream);
    }

    public static string LoadError(string json) => Assert.Throws<InvalidDataException>(() => Load(json)).Message;
}
