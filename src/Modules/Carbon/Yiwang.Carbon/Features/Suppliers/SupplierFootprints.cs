using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

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

    /// <summary>Imports or updates the footprint; a body that is no usable PACT footprint is refused naming the field (422), a caller who is no enterprise 403.</summary>
    public async Task<CommandResult<SupplierFootprintRecord>> ImportAsync(JsonNode? body, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc) return CarbonResults.EnterpriseOnly.As<SupplierFootprintRecord>();
        if (Envelope(body) is not { } pf) return CommandResult.Invalid("body", NotAnObject).As<SupplierFootprintRecord>();
        if (!Guid.TryParse(Text(pf, "id"), out var pfId)) return Bad("id", "缺少碳足迹编号，或编号不是 UUID（PACT 字段 id）", "The footprint's id is missing or not a UUID (PACT field id)");
        var version = pf["version"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        if (Text(pf, "companyName") is not { } company) return Bad("companyName", "缺少供应商企业名称", "The supplier's company name is missing");
        if ((Text(pf, "productNameCompany") ?? Text(pf, "productDescription")) is not { } product) return Bad("productNameCompany", "缺少产品名称", "The product name is missing");
        if (pf["pcf"] is not JsonObject pcf) return Bad("pcf", "缺少碳足迹数值部分", "The carbon footprint figures are missing");
        if (Text(pcf, "declaredUnit") is not { } declared) return Bad("pcf.declaredUnit", "缺少申报单位（如千克、千瓦时）", "The declared unit (e.g. kilogram, kilowatt hour) is missing");
        if (!DeclaredUnits.TryGetValue(declared, out var unit))
            return Bad("pcf.declaredUnit", $"不支持的申报单位“{declared}”", $"declared unit '{declared}' is not supported");
        if (!decimal.TryParse(Text(pcf, "pCfExcludingBiogenic"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            return Bad("pcf.pCfExcludingBiogenic", "碳足迹数值（不含生物源）缺失，或不是不小于 0 的数字", "The footprint value excluding biogenic carbon is missing or not a number of at least 0");
        if (!TryBiogenicContent(pcf, out var biogenicContent))
            return Bad("pcf.biogenicCarbonContent", "生物源碳含量应为不小于 0 的数字（kg C/申报单位）", "The biogenic carbon content must be a number of at least 0 (kg C per declared unit)");

        var record = await db.SupplierFootprints.FirstOrDefaultAsync(x => x.OwnerUscc == uscc.Value && x.PfId == pfId, ct);
        if (record is not null && version < record.PfVersion)
            return Bad("version", $"已导入该碳足迹更新的第 {record.PfVersion} 版，不能用旧版本替换", $"Version {record.PfVersion} of this footprint is already imported; an older one cannot replace it");
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
        return CommandResult.Of(record, new Bilingual(
            $"已导入：{record.CompanyName} {record.ProductName}（第 {version} 版）。核算时可选用它替代模板中的上游过程。",
            $"Imported: {record.CompanyName} {record.ProductName} (version {version}). You can now choose it for the upstream process when you compute."));
    }

    public static readonly Bilingual NotAnObject = new(
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
    /// <returns>False when the content is there but no number of at least 0.</returns>
    private static bool TryBiogenicContent(JsonObject pcf, out double? content)
    {
        content = null;
        if (pcf["biogenicCarbonContent"] is null) return true;
        if (!decimal.TryParse(Text(pcf, "biogenicCarbonContent"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0) return false;
        content = (double)value;
        return true;
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;

    private static string Clip(string s) => s.Length > 200 ? s[..200] : s;

    private static CommandResult<SupplierFootprintRecord> Bad(string field, string zh, string en) =>
        CommandResult.Unprocessable(field, new Bilingual(zh, en)).As<SupplierFootprintRecord>();
}
