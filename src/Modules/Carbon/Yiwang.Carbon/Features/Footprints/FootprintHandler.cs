using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Carbon.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// Computes, lists and finds footprints. An enterprise sees and computes only its own; an admin sees all and computes
/// none (it has no enterprise to own one); others are refused. Pages and API both come through here.
/// </summary>
internal sealed class FootprintHandler(CarbonDbContext db, IAuditTrail audit, ISmeRegister register, TimeProvider clock)
{
    /// <summary>
    /// Computes and stores a footprint. Refusals come back as the result: a malformed field 400, a template, activity data or
    /// supplier footprint the model refuses 422 naming the field, a caller who is no enterprise 403.
    /// </summary>
    public async Task<CommandResult<(FootprintRecord Record, FootprintResult Result)>> ComputeAsync(ComputeFootprintRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return CarbonResults.EnterpriseOnly.As<(FootprintRecord, FootprintResult)>();
        if (TemplateCatalog.Find(request.TemplateId) is not { } template)
            return Refused("templateId", $"没有模板“{request.TemplateId}”", $"there is no template '{request.TemplateId}'");
        var name = request.ProductName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            return Refused("productName", "请填写产品名称（不超过 200 字）", "Give the product a name (up to 200 characters)");
        var year = request.ReferenceYear ?? clock.GetUtcNow().Year - 1;
        if (year < 2000 || year > clock.GetUtcNow().Year)
            return Refused("referenceYear", "核算年度应在 2000 年至今之间", "The reference year must lie between 2000 and this year");
        if (BiogenicCarbonInput.Problem(request.BiogenicCarbonContentKgC, template) is { } biogenicProblem)
            return CommandResult.Invalid(BiogenicCarbonInput.Field, biogenicProblem).As<(FootprintRecord, FootprintResult)>();

        var suppliers = new Dictionary<string, SupplierInput>(StringComparer.Ordinal);
        foreach (var (product, id) in request.Suppliers ?? [])
        {
            var s = await db.SupplierFootprints.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.OwnerUscc == uscc.Value, ct);
            if (s is null) return Refused($"suppliers.{product}", "未找到该供应商碳足迹（须先导入）", "No such supplier footprint among those you imported");
            suppliers[product] = new SupplierInput($"{s.CompanyName}：{s.ProductName}（PACT）", $"{s.CompanyName}: {s.ProductName} (PACT)", s.KgCo2ePerUnit, s.Unit, s.Id.ToString());
        }

        FootprintResult result;
        try
        {
            result = FootprintCalculator.Calculate(template, new ActivityData(request.Parameters, request.Factors, suppliers), FactorLibrary.Default);
            DataQuality.Validate(request.DataQuality, result);
        }
        catch (ProductModelException refusal)
        {
            return CarbonResults.Refused<(FootprintRecord, FootprintResult)>(refusal);
        }

        var owner = await register.FindAsync(uscc, ct);
        var record = new FootprintRecord
        {
            Id = Guid.NewGuid(),
            OwnerUscc = uscc.Value,
            OwnerName = owner?.Name ?? uscc.Value,
            ProductName = name,
            TemplateId = template.Id,
            ReferenceYear = year,
            TotalKgCo2e = result.TotalKgCo2e,
            CradleToGateKgCo2e = result.CradleToGateKgCo2e,
            BiogenicCarbonContentKgC = request.BiogenicCarbonContentKgC,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = caller.UserId,
            InputJson = JsonSerializer.Serialize(request with { ProductName = name, ReferenceYear = year }, CarbonJson.Options),
            ResultJson = JsonSerializer.Serialize(result, CarbonJson.Options),
        };
        db.Footprints.Add(record);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("carbon.footprint.computed", record.Id.ToString(), caller.UserId,
            $"template={template.Id}@{template.Version};factors={FactorLibrary.Default.Version};suppliers={suppliers.Count}"), ct);
        return CommandResult.Of((record, result), new Bilingual("已核算。报告可下载为 Excel 或 CSV，也可导出 PACT 数据发给客户。",
            "Computed. Download the report as Excel or CSV, or export the PACT data for your customers."));
    }

    private static CommandResult<(FootprintRecord, FootprintResult)> Refused(string field, string zh, string en) =>
        CommandResult.Unprocessable(field, new Bilingual(zh, en)).As<(FootprintRecord, FootprintResult)>();

    public async Task<IReadOnlyList<FootprintSummary>> ListAsync(CallerScope caller, CancellationToken ct) =>
        await Visible(caller).OrderByDescending(x => x.CreatedAtUtc).Take(500)
            .Select(x => new FootprintSummary(x.Id, x.ProductName, x.TemplateId, x.ReferenceYear, x.TotalKgCo2e, x.CradleToGateKgCo2e, x.CreatedAtUtc))
            .ToListAsync(ct);

    /// <returns>Null when there is no such footprint or it is not the caller's to see (the two look the same).</returns>
    public async Task<(FootprintRecord Record, FootprintResult Result)?> FindAsync(Guid id, CallerScope caller, CancellationToken ct)
    {
        var record = await Visible(caller).FirstOrDefaultAsync(x => x.Id == id, ct);
        return record is null ? null : (record, Read(record));
    }

    public static FootprintResult Read(FootprintRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<FootprintResult>(record.ResultJson, CarbonJson.Options) ?? throw new InvalidDataException($"footprint {record.Id} has no result");
    }

    /// <summary>
    /// Replaces the footprint's data-quality ratings (the owner only). The PACT export changes with them, so the
    /// footprint's version goes up as PACT asks of any change to a published footprint.
    /// </summary>
    /// <returns>The report, or why not: no such footprint of the caller's (404), a rating off the scale or for an input the footprint lacks (422), no enterprise (403).</returns>
    public async Task<CommandResult<DataQualityReport>> RateDataQualityAsync(Guid id, Dictionary<string, DqrRating>? ratings, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return CarbonResults.EnterpriseOnly.As<DataQualityReport>();
        var record = await db.Footprints.FirstOrDefaultAsync(x => x.Id == id && x.OwnerUscc == uscc.Value, ct);
        if (record is null) return CommandResult.NotFound(CarbonResults.NoSuchFootprint).As<DataQualityReport>();
        var result = Read(record);
        try
        {
            DataQuality.Validate(ratings, result);
        }
        catch (ProductModelException refusal)
        {
            return CarbonResults.Refused<DataQualityReport>(refusal);
        }

        var input = JsonSerializer.Deserialize<ComputeFootprintRequest>(record.InputJson, CarbonJson.Options) ?? new ComputeFootprintRequest(record.TemplateId, record.ProductName, record.ReferenceYear);
        record.InputJson = JsonSerializer.Serialize(input with { DataQuality = ratings is { Count: > 0 } ? ratings : null }, CarbonJson.Options);
        record.Version++;
        await db.SaveChangesAsync(ct);
        var report = ReadDataQuality(record, result);
        await audit.RecordAsync(new AuditEvent("carbon.footprint.data-quality", record.Id.ToString(), caller.UserId,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rated={ratings?.Count ?? 0};coverage={report.CoveragePercent};version={record.Version}")), ct);
        return CommandResult.Of(report, new Bilingual($"已保存数据质量评级（PACT 版本升至 {record.Version}）。", $"Data-quality ratings saved (PACT version now {record.Version})."));
    }

    /// <summary>The data-quality ratings given when the footprint was computed, weighted against its result.</summary>
    public static DataQualityReport ReadDataQuality(FootprintRecord record, FootprintResult result)
    {
        ArgumentNullException.ThrowIfNull(record);
        var input = string.IsNullOrWhiteSpace(record.InputJson) ? null : JsonSerializer.Deserialize<ComputeFootprintRequest>(record.InputJson, CarbonJson.Options);
        return DataQuality.Assess(result, input?.DataQuality);
    }

    private IQueryable<FootprintRecord> Visible(CallerScope caller)
    {
        var all = db.Footprints.AsNoTracking();
        if (caller.IsAdmin) return all;
        if (caller.IsEnterprise && caller.Enterprise is { } uscc) return all.Where(x => x.OwnerUscc == uscc.Value);
        return all.Where(_ => false);
    }
}
