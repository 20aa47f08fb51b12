using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.SmeCheck;

/// <summary>
/// Re-classifies the register's latest figures with the rule set they were classified under, so the answer carries
/// its full explanation rather than only the stored size.
/// </summary>
internal sealed class RegisterSmeCheck(EnterprisesDbContext db) : ISmeRegister
{
    public async Task<SmeStatus?> FindAsync(Uscc uscc, CancellationToken cancellationToken)
    {
        var code = uscc.Value;
        var record = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Uscc == code, cancellationToken);
        if (record is null || !RegionCode.TryParse(record.RegionCode, out var region, out _)) return null;
        var set = (record.SizeRuleSet is null ? null : SizeRuleSetCatalog.Find(record.SizeRuleSet)) ?? SizeRuleSetCatalog.Default;
        if (!IndustryCode.TryParse(record.IndustryCode, out var industry, out _))
            return new SmeStatus(record.Name, region, null, false, set.Id, record.ReportingYear, []) { Employees = record.Employees, RevenueTenThousandYuan = record.RevenueTenThousandYuan };
        var result = SizeClassifier.Classify(set, industry,
            new SizeFigures(record.Employees, record.RevenueTenThousandYuan, record.TotalAssetsTenThousandYuan));
        return new SmeStatus(record.Name, region, result.IsClassified ? result.Size!.Value.Code() : null,
            result.IsSme, set.Id, record.ReportingYear, [.. result.Explanation.Select(l => new Bilingual(l.Zh, l.En))])
        {
            Employees = record.Employees, RevenueTenThousandYuan = record.RevenueTenThousandYuan,
        };
    }
}
