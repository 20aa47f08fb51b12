using System.Globalization;
using System.Text.Json;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Data;

internal static class TargetReader
{
    public static IndicatorTarget? Read(JsonElement e, Dictionary<string, Indicator> indicators, Dictionary<string, string> sources,
        string where, Action<string, string, string> error)
    {
        var code = e.Text("indicator");
        if (code is null || !indicators.TryGetValue(code, out var indicator))
        {
            error(where, $"未知指标“{code}”", $"unknown indicator '{code}'");
            return null;
        }

        var ok = true;
        void Fail(string zh, string en) { error(where, zh, en); ok = false; }
        if (e.Text("unit") != indicator.Unit)
            Fail($"目标单位“{e.Text("unit")}”与指标单位“{indicator.Unit}”不一致", $"target unit '{e.Text("unit")}' does not match the indicator's unit '{indicator.Unit}'");
        var region = e.Text("region") ?? IndicatorCatalogue.NationalRegion;
        if (!RegionCode.TryParse(region, out _, out _)) Fail($"地区代码“{region}”无效", $"invalid region code '{region}'");
        var value = e.Number("value");
        if (value is null) Fail("缺少目标值", "value is missing");
        var direction = e.Text("direction") switch
        {
            "at-least" => TargetDirection.AtLeast,
            "at-most" => TargetDirection.AtMost,
            _ => (TargetDirection?)null,
        };
        if (direction is null) Fail("方向应为 at-least 或 at-most", "direction must be at-least or at-most");
        if (!DateOnly.TryParseExact(e.Text("deadline"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
            Fail("期限应为 yyyy-MM-dd", "deadline must be yyyy-MM-dd");
        var source = e.Text("source");
        if (source is null || !sources.ContainsKey(source)) Fail($"未知来源“{source}”", $"unknown source '{source}'");
        if (e.Text("document") is null) Fail("缺少设定目标的文件", "the document that set the target is missing");
        return ok
            ? new IndicatorTarget(code, region, value!.Value, direction!.Value, deadline, e.Text("document")!, source!,
                e.Text("confidence") ?? "unconfirmed", e.Text("note"))
            : null;
    }
}
