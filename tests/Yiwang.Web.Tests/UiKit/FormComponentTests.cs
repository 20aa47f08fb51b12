using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>The form kit as the browser receives it: labels tied to inputs, errors beside their fields, values kept.</summary>
public sealed class FormComponentTests
{
    [Fact]
    public async Task A_failed_field_keeps_what_was_typed_and_says_why_next_to_it()
    {
        var model = new FormModel().Set("revenue", "12,5").WithErrors(new FieldErrors().Add("revenue", "不是数字", "not a number"));
        var html = await Render.HtmlAsync<YwForm>(new()
        {
            ["Model"] = model,
            ["ChildContent"] = (Microsoft.AspNetCore.Components.RenderFragment)(b =>
            {
                b.OpenComponent<NumberField>(0);
                b.AddAttribute(1, "Name", "revenue");
                b.AddAttribute(2, "Label", "营业收入");
                b.AddAttribute(3, "Unit", "万元");
                b.AddAttribute(4, "Required", true);
                b.CloseComponent();
            }),
        });

        Assert.Contains("novalidate", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12,5\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-revenue-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"yw-field__label\" for=\"f-revenue\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-revenue-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-revenue\"", html, StringComparison.Ordinal); // the summary links to the field
        Assert.Contains("inputmode=\"decimal\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"number\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_form_shows_an_unticked_box_as_unticked_even_when_its_default_is_ticked()
    {
        var posted = await Render.InFormAsync<CheckboxField>(FormModelPosted(), new() { ["Name"] = "consent", ["Label"] = "同意", ["Value"] = "true" });
        Assert.DoesNotContain("checked", posted, StringComparison.Ordinal);
        var fresh = await Render.InFormAsync<CheckboxField>(new FormModel(), new() { ["Name"] = "consent", ["Label"] = "同意", ["Value"] = "true" });
        Assert.Contains("checked", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_from_users_is_encoded_everywhere_it_is_shown()
    {
        var html = await Render.InFormAsync<TextField>(new FormModel().Set("name", "<img src=x onerror=alert(1)>"), new()
        {
            ["Name"] = "name", ["Label"] = "<b>名称</b>", ["Help"] = "\"><script>alert(1)</script>",
        });
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal); // kept, as text
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tables_label_every_cell_for_the_phone_layout_and_show_an_empty_state_when_empty()
    {
        var columns = new List<TableColumn<(string No, decimal Owed)>>
        {
            TableColumn.Text<(string No, decimal Owed)>("编号", r => r.No, primary: true),
            TableColumn.Text<(string No, decimal Owed)>("欠款（元）", r => r.Owed.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), numeric: true),
        };
        var html = await Render.HtmlAsync<DataTable<(string No, decimal Owed)>>(new()
        {
            ["Items"] = new List<(string, decimal)> { ("TS1", 380000m) }, ["Columns"] = columns, ["Caption"] = "案件",
        });
        Assert.Contains("<td data-label=\"编号\" class=\"is-primary\">TS1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"欠款（元）\" class=\"is-num\">380,000.00</td>", html, StringComparison.Ordinal);
        Assert.Contains("yw-table--cards", html, StringComparison.Ordinal);

        var empty = await Render.HtmlAsync<DataTable<(string No, decimal Owed)>>(new()
        {
            ["Items"] = new List<(string, decimal)>(), ["Columns"] = columns, ["TestId"] = "cases",
        });
        Assert.Contains("data-testid=\"cases-empty\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legal_decision_needs_a_second_click_on_a_button_that_names_it()
    {
        var html = await Render.HtmlAsync<ConfirmSubmit>(new()
        {
            ["Text"] = "不予受理", ["Consequence"] = "投诉人将收到通知。", ["Name"] = "decision", ["Value"] = "reject", ["TestId"] = "reject",
        });
        Assert.StartsWith("<details class=\"yw-confirm\"", html, StringComparison.Ordinal);
        Assert.Contains("<summary class=\"yw-btn yw-btn--danger\" role=\"button\">不予受理</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" class=\"yw-btn yw-btn--danger-solid\" name=\"decision\" value=\"reject\" data-testid=\"reject-confirm\">确认不予受理</button>", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("type=\"submit\"").Length - 1); // the summary itself submits nothing
        Assert.DoesNotContain(" open", html[..html.IndexOf('>', StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_can_open_already_so_a_failed_decision_shows_its_fields()
    {
        var html = await Render.HtmlAsync<ConfirmSubmit>(new()
        {
            ["Text"] = "不予受理", ["Consequence"] = "投诉人将收到通知。", ["Open"] = true,
            ["ChildContent"] = (Microsoft.AspNetCore.Components.RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"reason\">理由</p>")),
        });
        Assert.StartsWith("<details class=\"yw-confirm\" open", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"reason\">理由</p>", html, StringComparison.Ordinal);
    }

    private static FormModel FormModelPosted()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new Microsoft.AspNetCore.Http.FormCollection(new() { ["other"] = "x" });
        return FormModel.FromRequest(context);
    }
}
