using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Features.ImportObservations;
using Yiwang.Indicators.Tests.Infrastructure;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Tests.Features;

public sealed class ImportObservationsTests : IAsyncLifetime
{
    private static readonly CallerScope National = new(Roles.Official, null, RegionCode.National, "official-national");
    private static readonly CallerScope Zhejiang = new(Roles.Official, null, RegionCode.Parse("330000"), "official-zj");
    private static readonly CallerScope Xihu = new(Roles.Official, null, RegionCode.Parse("330106"), "official-xihu");
    private ModuleServices module = null!;

    static ImportObservationsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async ValueTask InitializeAsync() => module = await ModuleServices.CreateAsync();

    public async ValueTask DisposeAsync() => await module.DisposeAsync();

    private async Task<ImportResult> ImportAsync(string csv, CallerScope caller, Encoding? encoding = null, string? reason = null)
    {
        await using var scope = module.Scope();
        return await scope.ServiceProvider.GetRequiredService<ImportObservationsHandler>()
            .ImportAsync((encoding ?? Encoding.UTF8).GetBytes(csv), "telecom.csv", reason, caller, CancellationToken.None);
    }

    private async Task<List<RevisionRecord>> RevisionsAsync(string code, string region, int periodIndex)
    {
        await using var scope = module.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        return await db.Revisions.AsNoTracking().Where(r => r.Observation!.Indicator == code && r.Observation.Region == region && r.Observation.PeriodIndex == periodIndex)
            .OrderBy(r => r.Revision).ToListAsync();
    }

    [Fact]
    public async Task Gb18030_file_with_chinese_header_imports_good_rows_and_reports_each_bad_one()
    {
        var csv = string.Join("\r\n",
            "指标代码,地区代码,期别,数值,单位,来源,说明",
            "5g-base-stations,000000,2026-01,486.1,万个,工信部2026年1月通信业经济运行情况,测试",
            "5g-base-stations,000000,2026-02,488.0,万个,工信部2026年2月通信业经济运行情况,",
            "no-such-indicator,000000,2026-02,1,万个,来源,",
            "5g-mobile-users,000000,2026-02,12.1,万个,来源,",   // unit mismatch: users are 亿户
            "5g-base-stations,000000,2026-02,489.0,万个,来源,",  // duplicate period
            "5g-base-stations,000000,2026-13,489.0,万个,来源,",
            "5g-base-stations,000000,2026-03,abc,万个,来源,",
            "5g-base-stations,000000,2026-04,490,万个,,");        // no source

        var result = await ImportAsync(csv, National, Encoding.GetEncoding("GB18030"));

        var report = Assert.IsType<ImportReport>(result.Report);
        Assert.Equal(2, report.Added);
        Assert.Equal(6, report.Rejected);
        var byLine = report.Errors.ToDictionary(e => e.Line);
        Assert.Equal("indicator", byLine[4].Field);
        Assert.Equal("unit", byLine[5].Field);
        Assert.Contains("第3行", byLine[6].Reason, StringComparison.Ordinal);
        Assert.Equal("period", byLine[7].Field);
        Assert.Equal("value", byLine[8].Field);
        Assert.Equal("source", byLine[9].Field);
        Assert.Contains("no-such-indicator", byLine[4].Original, StringComparison.Ordinal);
        Assert.Contains(module.Audit.Events, e => e.Action == "indicators.imported" && e.ActorId == "official-national");
    }

    [Fact]
    public async Task A_changed_value_becomes_a_new_revision_and_the_old_one_is_kept()
    {
        // 2025-11 is 483.0 in the shipped data (news.cn).
        var result = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,000000,2025-11,483.2,工信部修订\n", National, reason: "公报修订");

        Assert.Equal(1, result.Report!.Revised);
        var revisions = await RevisionsAsync("5g-base-stations", "000000", 2025 * 12 + 10);
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        Assert.Equal([483.0m, 483.2m], revisions.Select(r => r.Value));
        Assert.Equal(["seed", "import"], revisions.Select(r => r.Origin));
        Assert.Equal("公报修订", revisions[1].Reason);
        Assert.Equal("official-national", revisions[1].ChangedBy);

        var again = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,000000,2025-11,483.2,工信部修订\n", National);
        Assert.Equal(1, again.Report!.Unchanged);
        Assert.Equal(2, (await RevisionsAsync("5g-base-stations", "000000", 2025 * 12 + 10)).Count);
    }

    [Fact]
    public async Task An_implausible_jump_is_imported_with_a_warning()
    {
        // 2025-12 is 483.8; 600 a month later is a 24% jump.
        var result = await ImportAsync("indicator,period,value,source\n5g-base-stations,2026-01,600,test\n", National);

        Assert.Equal(1, result.Report!.Added);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("10%", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_writes_its_own_series_but_not_the_national_one_or_another_province()
    {
        var own = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,330000,2025-12,22.1,浙江省通信管理局\n", Zhejiang);
        Assert.Equal(1, own.Report!.Added);

        var mixed = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,330000,2025-11,21.9,x\n5g-base-stations,000000,2026-01,490,x\n5g-base-stations,320000,2025-12,30,x\n", Zhejiang);
        Assert.Null(mixed.Report);
        Assert.Equal([3, 4], mixed.ForbiddenLines);
        Assert.Empty(await RevisionsAsync("5g-base-stations", "330000", 2025 * 12 + 10)); // nothing of the file was written

        var county = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,330000,2025-10,21,x\n", Xihu);
        Assert.Null(county.Report);

        var national = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,330000,2025-10,21,x\n", National);
        Assert.Null(national.Report); // provincial series belong to the province
    }

    [Fact]
    public async Task City_codes_and_unknown_provinces_are_row_errors()
    {
        var result = await ImportAsync("indicator,region,period,value,source\n5g-base-stations,330100,2025-12,1,x\n5g-base-stations,990000,2025-12,1,x\n", National);

        Assert.Equal(["region", "region"], result.Report!.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused_as_a_whole()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync("a,b\n1,2\n", National));
        Assert.Contains("indicator", ex.Problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_rows_are_read_like_csv_rows()
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["indicator"] = "gigabit-broadband-users", ["region"] = "000000", ["period"] = "2026-01", ["value"] = 2.4, ["source"] = "工信部" },
            new Dictionary<string, object> { ["indicator"] = "gigabit-broadband-users", ["region"] = "000000", ["period"] = "2026-01", ["value"] = 2.5, ["source"] = "工信部" },
        }, excelType: ExcelType.XLSX, cancellationToken: TestContext.Current.CancellationToken);
        await using var scope = module.Scope();

        var result = await scope.ServiceProvider.GetRequiredService<ImportObservationsHandler>()
            .ImportAsync(stream.ToArray(), "telecom.xlsx", null, National, CancellationToken.None);

        Assert.Equal(1, result.Report!.Added);
        Assert.Equal(3, Assert.Single(result.Report.Errors).Line);
    }
}
