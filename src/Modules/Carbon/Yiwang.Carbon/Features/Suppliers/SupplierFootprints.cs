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
        var pf = body?["data"] as JsonObject ?? body as JsonObject ?? throw Bad("body", "请求体应为 PACT ProductFootprint JSON 对象", "the body must be a PACT ProductFootprint JSON object");
        if (!Guid.TryParse(Text(pf, "id"), out var pfId)) throw Bad("id", "id 应为 UUID", "id must be a UUID");
        var version = pf["version"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        var company = Text(pf, "companyName") ?? throw Bad("companyName", "缺少 companyName", "companyName is required");
        var product = Text(pf, "productNameCompany") ?? Text(pf, "productDescription") ?? throw Bad("productNameCompany", "缺少 productNameCompany", "productNameCompany is required");
        var pcf = pf["pcf"] as JsonObject ?? throw Bad("pcf", "缺少 pcf", "pcf is required");
        var declared = Text(pcf, "declaredUnit") ?? throw Bad("pcf.declaredUnit", "缺少 declaredUnit", "declaredUnit is required");
        if (!DeclaredUnits.TryGetValue(declared, out var unit))
            throw Bad("pcf.declaredUnit", $"不支持的申报单位“{declared}”", $"declared unit '{declared}' is not supported");
        if (!decimal.TryParse(Text(pcf, "pCfExcludingBiogenic"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            throw Bad("pcf.pCfExcludingBiogenic", "pCfExcludingBiogenic 应为非负的十进制数字字符串", "pCfExcludingBiogenic must be a non-negative decimal string");
        var biogenicContent = BiogenicContent(pcf);

        var record = await db.SupplierFootprints.FirstOrDefaultAsync(x => x.OwnerUscc == uscc.Value && x.PfId == pfId, ct);
        if (record is not null && version < record.PfVersion)
            throw Bad("version", $"已有更新的版本 {record.PfVersion}", $"a newer version {record.PfVersion} is already imported");
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
            throw Bad("pcf.biogenicCarbonContent", "biogenicCarbonContent 应为非负的十进制数字字符串（kg C/申报单位）",
                "biogenicCarbonContent must be a non-negative decimal string (kg C per declared unit)");
        return (double)content;
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;

    private static string Clip(string s) => s.Length > 200 ? s[..200] : s;

    private static ProductModelException Bad(string field, string zh, string en) => new(zh, en, field);
}
