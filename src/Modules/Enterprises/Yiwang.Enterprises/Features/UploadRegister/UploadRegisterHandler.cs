using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Files;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.UploadRegister;

/// <summary>
/// Imports a register file into the database, classifying each row with the current rule set. An official may only
/// add or change enterprises inside its jurisdiction; rows outside it are rejected, never silently dropped.
/// </summary>
internal sealed class UploadRegisterHandler(EnterprisesDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;
    private const int ChunkSize = 500;

    public async Task<ImportReport> ImportAsync(Stream file, string fileName, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var set = SizeRuleSetCatalog.Default;
        var problems = new List<ImportRowProblem>();
        int added = 0, updated = 0, rejected = 0;
        var chunk = new List<RegisterRecord>(ChunkSize);

        void Reject(int line, Bilingual reason, string original)
        {
            rejected++;
            if (problems.Count < ImportReport.MaxProblemsListed) problems.Add(new ImportRowProblem(line, reason.Current, original));
        }

        async Task FlushAsync()
        {
            var (a, u) = await UpsertAsync(chunk, set, caller, Reject, ct);
            added += a;
            updated += u;
            chunk.Clear();
        }

        foreach (var result in RegisterReader.Read(file, fileName, XlsxLimits.Upload))
        {
            if (result.Error is { } error)
            {
                Reject(error.LineNumber, new Bilingual(error.ReasonZh, error.ReasonEn), error.Original);
                continue;
            }

            var record = result.Record!;
            if (caller.Role != Roles.Admin && !(caller.Jurisdiction is { } j && record.Region.IsWithin(j)))
            {
                Reject(record.LineNumber, new Bilingual($"{ProvinceNames.FullName(record.Region)}不在您的辖区内", $"{ProvinceNames.FullName(record.Region)} is outside your jurisdiction"), Original(record));
                continue;
            }

            chunk.Add(record);
            if (chunk.Count == ChunkSize) await FlushAsync();
        }

        if (chunk.Count > 0) await FlushAsync();
        await audit.RecordAsync(new AuditEvent("register.imported", fileName.Length > 100 ? fileName[..100] : fileName, caller.UserId,
            $"added={added};updated={updated};rejected={rejected};ruleSet={set.Id}"), ct);
        return new ImportReport(added, updated, rejected, problems, rejected > problems.Count);
    }

    private async Task<(int Added, int Updated)> UpsertAsync(
        List<RegisterRecord> chunk, SizeRuleSet set, CallerScope caller, Action<int, Bilingual, string> reject, CancellationToken ct)
    {
        var keys = chunk.Select(r => r.Uscc.Value).Distinct().ToArray();
        var existing = await db.Enterprises.Where(e => keys.Contains(e.Uscc)).ToDictionaryAsync(e => e.Uscc, ct);
        int added = 0, updated = 0;
        var now = clock.GetUtcNow();
        foreach (var record in chunk)
        {
            if (existing.TryGetValue(record.Uscc.Value, out var entity))
            {
                if (!caller.IsAdmin && !(caller.Jurisdiction is { } j && Kernel.Codes.RegionCode.Parse(entity.RegionCode).IsWithin(j)))
                {
                    reject(record.LineNumber, new Bilingual("该企业已登记在其他辖区，不能修改", "This enterprise is registered in another jurisdiction"), Original(record));
                    continue;
                }

                updated++;
            }
            else
            {
                entity = new EnterpriseRecord { Uscc = record.Uscc.Value };
                db.Enterprises.Add(entity);
                existing[entity.Uscc] = entity;
                added++;
            }

            Apply(entity, record, set, now);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (added, updated);
    }

    internal static void Apply(EnterpriseRecord entity, RegisterRecord record, SizeRuleSet set, DateTimeOffset now)
    {
        entity.Name = record.Name;
        entity.RegionCode = record.Region.Value;
        entity.ProvinceCode = record.Region.Value[..2];
        entity.IndustryCode = record.Industry.Value;
        entity.Employees = record.Figures.Employees;
        entity.RevenueTenThousandYuan = record.Figures.RevenueTenThousandYuan;
        entity.TotalAssetsTenThousandYuan = record.Figures.TotalAssetsTenThousandYuan;
        entity.ReportingYear = record.ReportingYear ?? now.Year - 1;
        var result = SizeClassifier.ClassifyFast(set, record.Industry.Value, record.Figures);
        entity.Size = result.Outcome == SizeOutcome.Classified ? result.Size.Code() : null;
        entity.IndustryRow = result.RowIndex >= 0 ? set.Rows[result.RowIndex].Id : null;
        entity.SizeRuleSet = set.Id;
        entity.UpdatedAt = now;
    }

    private static string Original(RegisterRecord record) => RegisterReader.OriginalText(record.Cells);
}
