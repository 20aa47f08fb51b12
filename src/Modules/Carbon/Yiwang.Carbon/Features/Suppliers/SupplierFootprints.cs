using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;

namespace Yiwang.Carbon.Features.Suppliers;

/// <summary>
/// Imports a supplier's PACT ProductFootprint (as served by its <c>/2/footprints/{id}</c>, with or without the
/// <c>data</c> envelope) so it can replace a template process as an upstream input. Re-importing the same PACT id
/// with a newer <c>version</c> updates it, and the next computation rolls the change down the chain.
/// </summary>
internal sealed class SupplierFootprints(CarbonDbContext db, IAuditTrail audit, TimeProvider clock)
{
    private static readonly Dictionary<string, string> DeclaredUnits = new(StringComparer.Ordinal)
    {
        ["kilogram"] = "kg", ["liter"] = "L", ["cubic meter"] = "m3", ["kilowatt hour"] = "kWh", ["megajoule"] = "MJ", ["ton kilometer"] = "tkm",
    };

    /// <exception cref="ProductModelException">Not a usable PACT footprint; the field is named.</exception>
    public async Task<SupplierFootprintRecord> ImportAsync(JsonNode? body, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) throw new UnauthorizedAccessException("enterprise only");
        var pf = Envelope(body) ?? throw new ProductModelException(NotAnObject.Zh, NotAnObject.En, "body");
        if (!Guid.TryParse(Text(pf, "id"), out var pfId)) throw Bad("id", "缺少碳足迹编号，或编号不是 UUID（PACT 字段 id）", "The footprint's id is missing or not a UUID (PACT field id)");
        var version = pf["version"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        var company = Text(pf, "companyName") ?? throw Bad("companyName", "缺少供应商企业名称", "The supplier's company name is missing");
        var product = Text(pf, "productNameCompany") ?? Text(pf, "productDescription") ?? throw Bad("productNameCompany", "缺少产品名称", "The product name is missing");
        var pcf = pf["pcf"] as JsonObject ?? throw Bad("pcf", "缺少碳足迹数值部分", "The carbon footprint figures are missing");
        var declared = Text(pcf, "declaredUnit") ?? throw Bad("pcf.declaredUnit", "缺少申报单位（如千克、千瓦时）", "The declared unit (e.g. kilogram, kilowatt hour) is missing");
        if (!DeclaredUnits.TryGetValue(declared, out var unit))
            throw Bad("pcf.declaredUnit", $"不支持的申报单位“{declared}”", $"declared unit '{declared}' is not supported");
        if (!decimal.TryParse(Text(pcf, "pCfExcludingBiogenic"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            throw Bad("pcf.pCfExcludingBiogenic", "碳足迹数值（不含生物源）缺失，或不是不小于 0 的数字", "The footprint value excluding biogenic carbon is missing or not a number of at least 0");
        var biogenicContent = BiogenicContent(pcf);

        var record = await db.SupplierFootprints.FirstOrDefaultAsync(x => x.OwnerUscc == uscc.Value && x.PfId == pfId, ct);
        if (record is not null && version < record.PfVersion)
            throw Bad("version", $"已导入该碳足迹更新的第 {record.PfVersion} 版，不能用旧版本替换", $"Version {record.PfVersion} of this footprint is already imported; an older one cannot replace it");
        if (record is null)
        {
            record = new SupplierFootprintRecord { Id = Guid.NewGuid(), OwnerUscc = uscc.Value, PfId = pfId };
            db.SupplierFootprints.Add(record);
        }

        record.PfVersion = version;
        record.CompanyName = Clip(company);
        record.ProductName = Clip(product);
        record.DeclaredUnit = declared;
        record.Unit = unit;
        record.KgCo2ePerUnit = (double)value;
        record.BiogenicCarbonContentKgCPerUnit = biogenicContent;
        record.ImportedAtUtc = clock.GetUtcNow().UtcDateTime;
        record.ImportedBy = caller.UserId;
        record.Json = pf.ToJsonString();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("carbon.supplier-footprint.imported", pfId.ToString(), caller.UserId,
            string.Create(CultureInfo.InvariantCulture, $"version={version};value={value} kgCO2e/{declared}")), ct);
        return record;
    }

    public static readonly Kernel.Text.Bilingual NotAnObject = new(
        "请粘贴供应商提供的 PACT 产品碳足迹数据：一个以 { 开头的 JSON 对象（可带 data 外层）", "Paste the supplier's PACT product footprint: one JSON object starting with { (with or without the data envelope)");

    /// <summary>
    /// The footprint object of a body, with or without PACT's <c>{"data": …}</c> envelope; null when the body is no JSON
    /// object at all (an array, a string, a number): indexing those by name would throw.
    /// </summary>
    public static JsonObject? Envelope(JsonNode? body) =>
        body is JsonObject o ? o["data"] as JsonObject ?? (o["data"] is null ? o : null) : null;

    public async Task<IReadOnlyList<SupplierFootprintRecord>> ListAsync(CallerScope caller, CancellationToken ct)
    {
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return [];
        return await db.SupplierFootprints.AsNoTracking().Where(x => x.OwnerUscc == uscc.Value).OrderBy(x => x.CompanyName).ThenBy(x => x.ProductName).ToListAsync(ct);
    }

    /// <summary>
    /// PACT <c>biogenicCarbonContent</c> (kg C per declared unit, a decimal string ≥ 0). Mandatory in PACT, but footprints
    /// from hosts that leave it out are still taken, without it (null), rather than refused.
    /// </summary>
    private static double? BiogenicContent(JsonObject pcf)
    {
        if (pcf["biogenicCarbonContent"] is null) return null;
        if (!decimal.TryParse(Text(pcf, "biogenicCarbonContent"), NumberStyles.Float, CultureInfo.InvariantCulture, out var content) || content < 0)
            throw Bad("pcf.biogenicCarbonContent", "生物源碳含量应为不小于 0 的数字（kg C/申报单位）",
                "The biogenic carbon content must be a number of at least 0 (kg C per declared unit)");
        return (double)content;
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;

    private static string Clip(string s) => s.Length > 200 ? s[..200] : s;

    private static ProductModelException Bad(string field, string zh, string en) => new(zh, en, field);
}
