using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web;

namespace Yiwang.Web.Tests.UiKit;

public sealed class ApiJsonTests
{
    private sealed record Body(string? IndustryCode, int? Employees, decimal? Revenue);

    private static readonly Dictionary<string, Bilingual> Labels = new() { ["employees"] = new("从业人员", "Employees") };

    [Theory]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": \"many\"}", "employees", "从业人员应为整数")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": 12.5}", "employees", "从业人员应为整数")]
    [InlineData("{\"industryCode\": 3011}", "industryCode", "industryCode应为文字")]
    [InlineData("{\"revenue\": true}", "revenue", "revenue应为数字")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": ", "body", "第 1 行")]
    [InlineData("not json", "body", "不是有效的 JSON")]
    public async Task Wrong_types_and_broken_json_name_the_field(string json, string field, string message)
    {
        var (value, problem) = await ApiJson.ReadAsync<Body>(Request(json), Labels, CancellationToken.None);

        Assert.Null(value);
        var errors = Assert.IsType<ProblemHttpResult>(problem).ProblemDetails;
        var details = Assert.IsType<HttpValidationProblemDetails>(errors);
        Assert.Equal(400, details.Status);
        Assert.Contains(message, details.Errors[field][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_body_is_read_with_web_naming()
    {
        var (value, problem) = await ApiJson.ReadAsync<Body>(Request("{\"industryCode\": \"3011\", \"employees\": 5}"), Labels, CancellationToken.None);
        Assert.Null(problem);
        Assert.Equal(new Body("3011", 5, null), value);
    }

    [Fact]
    public async Task An_empty_body_or_another_content_type_is_a_400()
    {
        Assert.NotNull((await ApiJson.ReadAsync<Body>(Request(""), Labels, CancellationToken.None)).Problem);
        Assert.NotNull((await ApiJson.ReadAsync<Body>(Request("a=1", "application/x-www-form-urlencoded"), Labels, CancellationToken.None)).Problem);
    }

    private static HttpRequest Request(string body, string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}
