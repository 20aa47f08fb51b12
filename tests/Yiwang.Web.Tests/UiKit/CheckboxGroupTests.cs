using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>The tick-box group: each box beside its label under one name, what was ticked kept after a failed post.</summary>
public sealed class CheckboxGroupTests
{
    private static readonly IReadOnlyList<Choice> Options = [new("firewall", "防火墙"), new("backup", "数据备份")];

    [Fact]
    public async Task Each_box_sits_inside_its_label_and_the_posted_ones_stay_ticked_with_the_error_beside_the_group()
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Request.Form = new FormCollection(new Dictionary<string, StringValues> { ["security"] = new("backup") });
        var model = FormModel.FromRequest(http).WithErrors(new FieldErrors().Add("security", "请至少选择一项", "Choose at least one"));

        var html = await Render.InFormAsync<CheckboxGroup>(model, new() { ["Name"] = "security", ["Label"] = "网络安全措施", ["Options"] = Options, ["Selected"] = new[] { "firewall" } });

        Assert.Contains("<label class=\"yw-check\"><input type=\"checkbox\" name=\"security\" id=\"f-security\" value=\"firewall\"", html, StringComparison.Ordinal);
        Assert.Matches("value=\"backup\" checked", html);
        Assert.DoesNotMatch("value=\"firewall\" checked", html); // posted: the draft's selection no longer applies
        Assert.Contains("请至少选择一项", html, StringComparison.Ordinal);
        Assert.Contains("role=\"group\" aria-labelledby=\"f-security-label\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_post_the_given_selection_is_ticked()
    {
        var html = await Render.InFormAsync<CheckboxGroup>(new FormModel(), new() { ["Name"] = "security", ["Label"] = "网络安全措施", ["Options"] = Options, ["Selected"] = new[] { "firewall" } });
        Assert.Matches("value=\"firewall\" checked", html);
        Assert.DoesNotMatch("value=\"backup\" checked", html);
    }
}
