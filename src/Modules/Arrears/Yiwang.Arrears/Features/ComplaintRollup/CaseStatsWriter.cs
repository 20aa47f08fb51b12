using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Yiwang.Arrears.Features.ComplaintRollup;

/// <summary>
/// Adds deltas to <c>arr_case_stats</c> with one upsert per batch. <c>INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n</c>
/// is atomic on both providers: two transactions that add to the same cell both land (PostgreSQL makes the second wait
/// for the first's row lock and then re-reads it; SQLite has one writer at a time), where a read-modify-write would lose one.
/// Cells that fall to zero stay as zero rows; readers skip them.
/// </summary>
internal static class CaseStatsWriter
{
    private const int BatchRows = 1000; // 12 parameters a row: 12,000, under SQLite's and PostgreSQL's limits

    private const string Columns = "\"Grain\", \"Kind\", \"AcceptingRegion\", \"HandlingRegion\", \"Month\", \"Region\", \"Status\", \"RespondentType\", \"Days\"";

    public static async Task ApplyAsync(DbContext db, IReadOnlyDictionary<CellKey, CellCount> deltas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deltas);
        // Sorted: every writer locks cells in the same order, so concurrent transitions cannot deadlock each other.
        var rows = deltas.Where(d => !d.Value.IsZero).OrderBy(d => d.Key).ToList();
        for (var start = 0; start < rows.Count; start += BatchRows)
        {
            var batch = rows.Skip(start).Take(BatchRows).ToList();
            var sql = new StringBuilder($"INSERT INTO \"arr_case_stats\" ({Columns}, \"Cases\", \"ClaimedFen\", \"RecoveredFen\") VALUES ");
            var parameters = new List<object>(batch.Count * 12);
            foreach (var (key, count) in batch)
            {
                if (parameters.Count > 0) sql.Append(", ");
                sql.Append('(');
                object[] values = [key.Grain, (short)key.Kind, key.AcceptingRegion, key.HandlingRegion, key.Month, key.Region, key.Status,
                    key.RespondentType, key.Days, count.Cases, count.ClaimedFen, count.RecoveredFen];
                for (var i = 0; i < values.Length; i++) sql.Append(i == 0 ? "" : ", ").Append('{').Append(parameters.Count + i).Append('}');
                parameters.AddRange(values);
                sql.Append(')');
            }
            sql.Append($" ON CONFLICT ({Columns}) DO UPDATE SET \"Cases\" = \"arr_case_stats\".\"Cases\" + excluded.\"Cases\", ")
                .Append("\"ClaimedFen\" = \"arr_case_stats\".\"ClaimedFen\" + excluded.\"ClaimedFen\", ")
                .Append("\"RecoveredFen\" = \"arr_case_stats\".\"RecoveredFen\" + excluded.\"RecoveredFen\"");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }
}
