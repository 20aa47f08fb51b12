using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Bench;

/// <summary>
/// Monthly values for every indicator × region × month that the reference seed did not already fill: a deterministic
/// trend with noise. PostgreSQL is loaded with binary COPY, SQLite with one prepared INSERT in one transaction.
/// </summary>
internal static class DataGenerator
{
    public static async Task<(long Rows, TimeSpan Took)> FillAsync(IndicatorsDbContext db, IndicatorCatalogue catalogue, int regions, int years, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var regionCodes = new[] { IndicatorCatalogue.NationalRegion }.Concat(RegionDirectory.Default.Provinces.Select(p => p.Code.Value)).Take(regions).ToArray();
        var existing = (await db.Observations.AsNoTracking().Select(o => new { o.Indicator, o.Region, o.PeriodIndex }).ToListAsync(ct))
            .Select(k => (k.Indicator, k.Region, k.PeriodIndex)).ToHashSet();
        var first = new Period(2026 - years, 1).Index;
        var rows = Rows(catalogue, regionCodes, first, years * 12, existing);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        long count = connection is NpgsqlConnection pg ? await CopyAsync(pg, rows, ct) : await InsertAsync(connection, rows, ct);
        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return (count, watch.Elapsed);
    }

    private static IEnumerable<(string Indicator, string Region, int PeriodIndex, decimal Value)> Rows(
        IndicatorCatalogue catalogue, string[] regions, int first, int months, HashSet<(string, string, int)> existing)
    {
        var random = new Random(20261126);
        foreach (var indicator in catalogue.Indicators)
            foreach (var region in regions)
            {
                var level = region == IndicatorCatalogue.NationalRegion ? 1000m : 30m;
                for (var m = 0; m < months; m++)
                {
                    if (existing.Contains((indicator.Code, region, first + m))) continue;
                    var value = Math.Round(level * (1 + 0.01m * m) + (decimal)random.NextDouble() * level * 0.005m, 4);
                    yield return (indicator.Code, region, first + m, value);
                }
            }
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, IEnumerable<(string, string, int, decimal)> rows, CancellationToken ct)
    {
        long n = 0;
        var at = DateTimeOffset.UtcNow;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY ind_observations (\"Indicator\", \"Region\", \"PeriodIndex\", \"Value\", \"LowerBound\", \"Status\", \"Confidence\", \"Source\", \"Revision\", \"UpdatedAt\", \"UpdatedBy\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (indicator, region, period, value) in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(indicator, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(region, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(period, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(value, NpgsqlDbType.Numeric, ct);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean, ct);
            await writer.WriteAsync("estimated", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync("unconfirmed", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(1, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync("bench", NpgsqlDbType.Varchar, ct);
            n++;
        }

        await writer.CompleteAsync(ct);
        return n;
    }

    private static async Task<long> InsertAsync(DbConnection connection, IEnumerable<(string, string, int, decimal)> rows, CancellationToken ct)
    {
        long n = 0;
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO ind_observations (Indicator, Region, PeriodIndex, Value, LowerBound, Status, Confidence, Source, Revision, UpdatedAt, UpdatedBy) " +
            "VALUES ($i, $r, $p, $v, 0, 'estimated', 'unconfirmed', 'bench', 1, $at, 'bench')";
        var (pi, pr, pp, pv, pat) = (Add(insert, "$i"), Add(insert, "$r"), Add(insert, "$p"), Add(insert, "$v"), Add(insert, "$at"));
        pat.Value = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);
        await insert.PrepareAsync(ct);
        foreach (var (indicator, region, period, value) in rows)
        {
            (pi.Value, pr.Value, pp.Value, pv.Value) = (indicator, region, period, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync(ct);
            n++;
        }

        await transaction.CommitAsync(ct);
        return n;
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
