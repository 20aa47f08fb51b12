using System.Globalization;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Tests.Text;

public sealed class FiguresAndLabelsTests
{
    private enum Sample
    {
        [Label("部分支付", "Partly paid")] PartlyPaid,
        [Label("全额支付", "Paid in full")] PaidInFull,
        Unlabelled,
    }

    [Fact]
    public void Figures_round_to_their_unit_and_group_digits_in_both_languages()
    {
        using var _ = new UiCulture("zh-CN");
        Assert.Equal("432.98", Figures.Yuan(432.97629599999993m));
        Assert.Equal("1,234,567.50", Figures.Yuan(1234567.5m));
        Assert.Equal("0.01", Figures.Yuan(0.005m)); // away from zero, as money is rounded
        Assert.Equal("1,342.4", Figures.Number(1342.44m));
        Assert.Equal("55.3%", Figures.Share(0.5525));
        Assert.Equal("—", Figures.Number((double?)double.NaN));
        Assert.Equal("2026年12月7日", Figures.Date(new DateOnly(2026, 12, 7)));
        using var en = new UiCulture("en");
        Assert.Equal("7 Dec 2026", Figures.Date(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Instants_are_shown_in_Beijing_time_whatever_the_offset_they_carry()
    {
        using var _ = new UiCulture("zh-CN");
        var lateEveningUtc = new DateTimeOffset(2026, 12, 7, 16, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026年12月8日 00:30", Figures.Instant(lateEveningUtc));
        Assert.Equal(new DateOnly(2026, 12, 8), Figures.BeijingDate(lateEveningUtc));
        Assert.Equal("2026年12月8日 00:30", Figures.Instant(new DateTime(2026, 12, 7, 16, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Enum_labels_come_from_the_attribute_and_a_missing_one_is_detectable()
    {
        using var _ = new UiCulture("zh-CN");
        Assert.Equal("部分支付", Labels.Of(Sample.PartlyPaid).Current);
        Assert.Equal("Paid in full", Labels.Of(Sample.PaidInFull).En);
        Assert.Equal(["部分支付", "全额支付", "Unlabelled"], Labels.All<Sample>().Select(l => l.Label.Zh));
        Assert.False(Labels.AreComplete(typeof(Sample)));
        Assert.True(Labels.AreComplete(typeof(DayOfWeekLabelled)));
    }

    private enum DayOfWeekLabelled { [Label("一", "Mon")] Monday }

    /// <summary>Sets the UI culture for one test and puts it back.</summary>
    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
