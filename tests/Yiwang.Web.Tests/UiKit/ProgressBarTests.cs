using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>The progress bar says its figure to screen readers and never draws outside 0–100 %.</summary>
public sealed class ProgressBarTests
{
    [Fact]
    public async Task A_bar_carries_its_share_as_aria_values_and_its_width()
    {
        var html = await Render.HtmlAsync<ProgressBar>(new() { ["Fraction"] = 0.834, ["Label"] = "5G基站：2025年目标", ["Tone"] = Tone.Warning });

        Assert.Contains("class=\"yw-progress yw-progress--warning\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"progressbar\" aria-label=\"5G基站：2025年目标\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-valuenow=\"83\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-valuetext=\"83%\"", html, StringComparison.Ordinal);
        Assert.Contains("<span style=\"width:83%\"></span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_passed_is_a_full_bar_and_its_text_says_by_how_much()
    {
        var html = await Render.HtmlAsync<ProgressBar>(new() { ["Fraction"] = 1.07, ["Label"] = "目标", ["ValueText"] = "已达到目标（107%）" });

        Assert.Contains("aria-valuenow=\"100\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-valuetext=\"已达到目标（107%）\"", html, StringComparison.Ordinal);
        Assert.Contains("width:100%", html, StringComparison.Ordinal);
        var nan = await Render.HtmlAsync<ProgressBar>(new() { ["Fraction"] = double.NaN, ["Label"] = "x" });
        Assert.Contains("width:0%", nan, StringComparison.Ordinal);
    }
}
