using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Yiwang.Kernel.Codes;
using RegionInfo = Yiwang.Kernel.Codes.RegionInfo;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>load --connection CS [--cases 1000000] [--seed 3]</c>: synthetic complaint cases written with binary COPY into the
/// tables the Arrears migrations created (arr_cases, arr_contracts, arr_deadlines, arr_case_events), then identity
/// columns moved past the generated ids and <c>VACUUM ANALYZE</c> so plans and index-only scans see real statistics.
/// Cases are in id order over the two years before today; older cases are mostly closed, recent ones mostly open,
/// which gives roughly: 70 % Closed, 10 % Rejected, 8 % Handling, 3 % Submitted, 2 % Resolved, 1–2 % each of Draft,
/// Accepted, Returned. Amounts are log-normal (median ≈ 300,000 yuan); 1–3 contracts per case; running and met
/// statutory clocks for open cases only (their alerts are all None, as before the first sweep).
/// </summary>
internal static class CaseGenerator
{
    private static readonly string[] Statuses = ["Draft", "Submitted", "Returned", "Rejected", "Accepted", "Handling", "Resolved", "Closed"];
    private static readonly string[] RespondentTypes = ["GovernmentBody", "PublicInstitution", "StateOwnedEnterprise", "LargeEnterprise", "Other"];
    private static readonly double[] RespondentTypeWeights = [0.28, 0.14, 0.22, 0.32, 0.04];
    private static readonly string[] Outcomes = ["PaidInFull", "PartlyPaid", "PaymentPlan", "NotSubstantiated", "ReferredToCourt"];
    private static readonly string[] Rejections = ["NotProcurementDebt", "AlreadyBeforeOtherBody", "ExcludedByLaw", "RepeatedWithoutNewFacts", "NoContractRelationship"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
    private static readonly string[] Given = ["芳", "伟", "娜", "敏", "静", "磊", "强", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞"];
    private static readonly string[] Trades = ["精密机械", "电子科技", "建筑工程", "软件信息", "新材料", "环保设备", "物流", "食品", "纺织", "医疗器械", "汽车零部件", "印刷包装"];
    private static readonly string[] Goods = ["数控机床配件", "信息化系统开发服务", "道路养护工程", "办公家具", "检测设备", "物业保洁服务", "医用耗材", "绿化工程", "宣传印刷品", "车辆维修服务"];
    private static readonly (string Kind, int Days, string Unit, string Rule)[] Clocks =
    [
        ("AcceptanceReview", 10, "working-days", "art-24-review"),
        ("Forwarding", 10, "working-days", "art-25-forward"),
        ("Handling", 30, "calendar-days", "art-25-handle"),
    ];

    public static async Task<int> RunAsync(Args args)
    {
        var connection = args.Required("connection");
        var count = args.Int("cases", 1_000_000);
        var random = new Random(args.Int("seed", 3));
        var world = World.Build(random);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var first = today.AddDays(-730);

        // No command timeout: finishing a 1 M-row COPY can take longer than Npgsql's default 30 s on a loaded machine,
        // and the importer inherits the connection's CommandTimeout.
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString);
        await using var db = await source.OpenConnectionAsync();
        // The dashboard's counts table goes too: COPY bypasses the save hook that keeps it, so the bench fills it
        // afterwards with the admin rebuild (`rollup` sub-command), as an operator would after a bulk import.
        await Exec(db, "TRUNCATE arr_case_events, arr_deadlines, arr_contracts, arr_evidence_content, arr_evidence, arr_extensions, arr_plan_installments, arr_cases, arr_case_stats");
        var watch = Stopwatch.StartNew();
        await using var cases = await db.BeginBinaryImportAsync("""
            COPY arr_cases ("Id","Number","Status","Version","ComplainantUscc","ComplainantName","ComplainantRegion","ContactName","ContactPhone",
              "WithholdIdentity","ComplainantSize","SizeCheckRuleSet","RespondentName","RespondentUscc","RespondentType","RespondentRegion",
              "RespondentIsCentral","AmountOwedYuan","PaymentsReceivedYuan","PriorProceedings","Description","AcceptingRegion","HandlingRegion",
              "HandlingDepartment","RoutingRule","CreatedAt","SubmittedAt","SubmittedOn","AcceptedOn","ForwardedOn","ResolvedOn","ClosedOn",
              "RejectionReason","Outcome","RecoveredYuan","Reopened","ExtensionDaysGranted") FROM STDIN (FORMAT BINARY)
            """);
        var contracts = new List<(long CaseId, string Number, DateOnly Signed, decimal Amount, DateOnly Delivered, int? Term)>(count * 2);
        var deadlines = new List<(long CaseId, int Clock, DateOnly Start, DateOnly Due, DateOnly? Met)>(count / 4);
        var events = new List<(long CaseId, DateTimeOffset At, string Action)>(count);
        long contractSeq = 0;
        for (long id = 1; id <= count; id++)
        {
            // Filing dates spread evenly over two years in id order (ids grow with time, as in production).
            var created = first.AddDays((int)((id - 1) * 730L / count));
            var age = today.DayNumber - created.DayNumber;
            var status = PickStatus(random, age);
            var complainant = world.Complainants[random.Next(world.Complainants.Length)];
            var respondent = world.Respondents[(int)Math.Min(world.Respondents.Length - 1, Math.Floor(Math.Pow(random.NextDouble(), 2.2) * world.Respondents.Length))];
            var central = respondent.Type == "StateOwnedEnterprise" && random.NextDouble() < 0.08;
            var accepting = central ? "000000" : respondent.Region[..2] + "0000";
            var draft = status == "Draft";
            var submitted = draft ? (DateOnly?)null : created.AddDays(random.Next(0, 3));
            if (submitted > today) submitted = today;
            DateOnly? accepted = status is "Accepted" or "Handling" or "Resolved" or "Closed" ? Clamp(submitted!.Value.AddDays(random.Next(1, 14)), today) : null;
            DateOnly? forwarded = status is "Handling" or "Resolved" or "Closed" ? Clamp(accepted!.Value.AddDays(random.Next(1, 14)), today) : null;
            DateOnly? resolved = status is "Resolved" or "Closed" ? Clamp(forwarded!.Value.AddDays(random.Next(5, 60)), today) : null;
            DateOnly? closed = status == "Closed" ? Clamp(resolved!.Value.AddDays(random.Next(1, 15)), today) : status == "Rejected" ? Clamp(submitted!.Value.AddDays(random.Next(2, 14)), today) : null;
            var handling = forwarded is null ? null : random.NextDouble() switch { < 0.7 => respondent.Region, < 0.9 => respondent.Region[..4] + "00", _ => respondent.Region[..2] + "0000" };
            var owed = Math.Round((decimal)Math.Min(5e9, Math.Exp(12.6 + 1.2 * Gaussian(random))), 2);
            var received = random.NextDouble() < 0.4 ? Math.Round(owed * (decimal)random.NextDouble() * 0.8m, 2) : 0m;
            var outcome = status is "Resolved" or "Closed" ? Outcomes[Weighted(random, [0.45, 0.2, 0.2, 0.1, 0.05])] : null;
            decimal? recovered = outcome switch { "PaidInFull" => owed, "PartlyPaid" => Math.Round(owed * 0.5m, 2), "PaymentPlan" => Math.Round(owed * 0.3m, 2), null => null, _ => 0m };

            await cases.StartRowAsync();
            await cases.WriteAsync(id, NpgsqlDbType.Bigint);
            await WriteText(cases, draft ? null : string.Create(CultureInfo.InvariantCulture, $"TS{submitted!.Value.Year}{id:D7}"));
            await cases.WriteAsync(status, NpgsqlDbType.Varchar);
            await cases.WriteAsync(draft ? 1 : 2 + random.Next(0, 6), NpgsqlDbType.Integer);
            await cases.WriteAsync(complainant.Uscc, NpgsqlDbType.Varchar);
            await cases.WriteAsync(complainant.Name, NpgsqlDbType.Varchar);
            await cases.WriteAsync(complainant.Region, NpgsqlDbType.Varchar);
            await cases.WriteAsync(Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], NpgsqlDbType.Varchar);
            await cases.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"13{random.Next(100_000_000, 999_999_999)}"), NpgsqlDbType.Varchar);
            await cases.WriteAsync(random.NextDouble() < 0.3, NpgsqlDbType.Boolean);
            await WriteText(cases, draft ? null : random.NextDouble() < 0.7 ? "micro" : random.NextDouble() < 0.8 ? "small" : "medium");
            await WriteText(cases, draft ? null : "nbs-2017");
            await cases.WriteAsync(respondent.Name, NpgsqlDbType.Varchar);
            await WriteText(cases, respondent.Uscc);
            await cases.WriteAsync(respondent.Type, NpgsqlDbType.Varchar);
            await cases.WriteAsync(respondent.Region, NpgsqlDbType.Varchar);
            await cases.WriteAsync(central, NpgsqlDbType.Boolean);
            await cases.WriteAsync(owed, NpgsqlDbType.Numeric);
            await cases.WriteAsync(received, NpgsqlDbType.Numeric);
            await cases.WriteAsync("None", NpgsqlDbType.Varchar);
            await cases.WriteAsync($"{created:yyyy年M月}交付{Goods[random.Next(Goods.Length)]}并验收合格，约定{(random.Next(2) == 0 ? 30 : 60)}日内付款，至今仍欠{owed / 10000m:0.##}万元，多次催告未果。", NpgsqlDbType.Varchar);
            await cases.WriteAsync(accepting, NpgsqlDbType.Varchar);
            await WriteText(cases, handling);
            await WriteText(cases, handling is null ? null : handling + " 经济和信息化局");
            await WriteText(cases, handling is null ? null : "routing-2025/" + respondent.Type.ToLowerInvariant());
            var createdAt = new DateTimeOffset(created.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc)).AddMinutes(random.Next(0, 720));
            await cases.WriteAsync(createdAt, NpgsqlDbType.TimestampTz);
            await WriteTime(cases, submitted is null ? null : new DateTimeOffset(submitted.Value.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc)));
            await WriteDate(cases, submitted);
            await WriteDate(cases, accepted);
            await WriteDate(cases, forwarded);
            await WriteDate(cases, resolved);
            await WriteDate(cases, closed);
            await WriteText(cases, status == "Rejected" ? Rejections[random.Next(Rejections.Length)] : null);
            await WriteText(cases, outcome);
            if (recovered is null) await cases.WriteNullAsync(); else await cases.WriteAsync(recovered.Value, NpgsqlDbType.Numeric);
            await cases.WriteAsync(false, NpgsqlDbType.Boolean);
            await cases.WriteAsync(0, NpgsqlDbType.Integer);

            var contractCount = 1 + Weighted(random, [0.6, 0.3, 0.1]);
            var total = owed + received;
            for (var k = 0; k < contractCount; k++)
            {
                var signed = created.AddDays(-random.Next(60, 400));
                var share = k == contractCount - 1 ? total : Math.Round(total / contractCount, 2);
                total -= share;
                contracts.Add((id, string.Create(CultureInfo.InvariantCulture, $"HT-{signed.Year}-{++contractSeq:D8}"), signed, share + (k == 0 ? 1000m : 0m),
                    signed.AddDays(random.Next(10, 90)), random.Next(3) == 0 ? null : 60));
            }
            events.Add((id, createdAt, draft ? "draft.created" : "submitted"));
            AddClocks(deadlines, id, status, submitted, accepted, forwarded, resolved);
        }
        await cases.CompleteAsync();
        await cases.DisposeAsync();
        var casesSeconds = watch.Elapsed.TotalSeconds;
        // Before the next COPYs: their foreign-key checks are planned once per session, and with arr_cases still
        // looking empty to the planner each check became a sequential scan of all cases (quadratic: the contracts COPY
        // of earlier runs sat for > 6 min on 1 M cases).
        await Exec(db, "ANALYZE arr_cases");

        await using (var w = await db.BeginBinaryImportAsync("""COPY arr_contracts ("CaseId","Number","SignedOn","AmountYuan","DeliveredOn","AcceptedOn","AgreedTermDays","AgreedAnnualRate") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var c in contracts)
            {
                await w.StartRowAsync();
                await w.WriteAsync(c.CaseId, NpgsqlDbType.Bigint);
                await w.WriteAsync(c.Number, NpgsqlDbType.Varchar);
                await w.WriteAsync(c.Signed, NpgsqlDbType.Date);
                await w.WriteAsync(c.Amount, NpgsqlDbType.Numeric);
                await w.WriteAsync(c.Delivered, NpgsqlDbType.Date);
                await w.WriteAsync(c.Delivered.AddDays(5), NpgsqlDbType.Date);
                if (c.Term is null) await w.WriteNullAsync(); else await w.WriteAsync(c.Term.Value, NpgsqlDbType.Integer);
                await w.WriteNullAsync();
            }
            await w.CompleteAsync();
        }
        await using (var w = await db.BeginBinaryImportAsync("""COPY arr_deadlines ("CaseId","Kind","StartOn","Days","Unit","DueOn","RuleId","RuleZh","RuleEn","CalendarVersion","MetOn","Alert") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var d in deadlines)
            {
                var clock = Clocks[d.Clock];
                await w.StartRowAsync();
                await w.WriteAsync(d.CaseId, NpgsqlDbType.Bigint);
                await w.WriteAsync(clock.Kind, NpgsqlDbType.Varchar);
                await w.WriteAsync(d.Start, NpgsqlDbType.Date);
                await w.WriteAsync(clock.Days, NpgsqlDbType.Integer);
                await w.WriteAsync(clock.Unit, NpgsqlDbType.Varchar);
                await w.WriteAsync(d.Due, NpgsqlDbType.Date);
                await w.WriteAsync(clock.Rule, NpgsqlDbType.Varchar);
                await w.WriteAsync("《保障中小企业款项支付条例》法定期限（合成数据）", NpgsqlDbType.Varchar);
                await w.WriteAsync("Statutory period (synthetic data)", NpgsqlDbType.Varchar);
                await w.WriteAsync("bench-synthetic", NpgsqlDbType.Varchar);
                await WriteDate(w, d.Met);
                await w.WriteAsync("None", NpgsqlDbType.Varchar);
            }
            await w.CompleteAsync();
        }
        await using (var w = await db.BeginBinaryImportAsync("""COPY arr_case_events ("CaseId","At","ActorId","ActorRole","Action","VisibleToRespondent") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var e in events)
            {
                await w.StartRowAsync();
                await w.WriteAsync(e.CaseId, NpgsqlDbType.Bigint);
                await w.WriteAsync(e.At, NpgsqlDbType.TimestampTz);
                await w.WriteAsync("bench", NpgsqlDbType.Varchar);
                await w.WriteAsync("enterprise", NpgsqlDbType.Varchar);
                await w.WriteAsync(e.Action, NpgsqlDbType.Varchar);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
            }
            await w.CompleteAsync();
        }
        var copySeconds = watch.Elapsed.TotalSeconds;
        await Exec(db, string.Create(CultureInfo.InvariantCulture, $"""ALTER TABLE arr_cases ALTER COLUMN "Id" RESTART WITH {count + 1}"""));
        await Exec(db, "VACUUM ANALYZE arr_cases, arr_contracts, arr_deadlines, arr_case_events");
        var byStatus = new List<string>();
        await using (var q = new NpgsqlCommand("""SELECT "Status", count(*) FROM arr_cases GROUP BY 1 ORDER BY 2 DESC""", db))
        await using (var r = await q.ExecuteReaderAsync())
            while (await r.ReadAsync()) byStatus.Add(string.Create(CultureInfo.InvariantCulture, $"{r.GetString(0)} {r.GetInt64(1) * 100.0 / count:F1}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cases={count} contracts={contracts.Count} deadlines={deadlines.Count} (running {deadlines.Count(d => d.Met is null)}) events={events.Count}"));
        Console.WriteLine("status mix: " + string.Join(", ", byStatus));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load_s: cases COPY {casesSeconds:F1}, all COPY {copySeconds:F1}, + VACUUM ANALYZE {watch.Elapsed.TotalSeconds:F1}"));
        return 0;
    }

    private static void AddClocks(List<(long, int, DateOnly, DateOnly, DateOnly?)> deadlines, long id, string status,
        DateOnly? submitted, DateOnly? accepted, DateOnly? forwarded, DateOnly? resolved)
    {
        if (status is not ("Submitted" or "Returned" or "Accepted" or "Handling" or "Resolved")) return;
        // 10 working days ≈ 14 calendar days; the exact calendar is not what is being measured here.
        deadlines.Add((id, 0, submitted!.Value, submitted.Value.AddDays(14), status is "Submitted" ? null : accepted ?? submitted.Value.AddDays(5)));
        if (accepted is { } a) deadlines.Add((id, 1, a, a.AddDays(14), status == "Accepted" ? null : forwarded));
        if (forwarded is { } f) deadlines.Add((id, 2, f, f.AddDays(30), status == "Handling" ? null : resolved));
    }

    private static string PickStatus(Random random, int ageDays)
    {
        // Share of cases still open by age, then the stage they are in; everything else has ended.
        var open = ageDays switch { < 20 => 0.9, < 60 => 0.55, < 180 => 0.2, < 365 => 0.06, _ => 0.02 };
        if (random.NextDouble() < open)
            return ageDays < 20 ? Statuses[1 + Weighted(random, [0.35, 0.05, 0, 0.15, 0.40, 0.05])] // Submitted..Resolved
                : Statuses[1 + Weighted(random, [0.05, 0.04, 0, 0.06, 0.65, 0.20])];
        return random.NextDouble() switch { < 0.86 => "Closed", < 0.985 => "Rejected", _ => "Draft" };
    }

    private static int Weighted(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++) if ((x -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static DateOnly Clamp(DateOnly d, DateOnly today) => d > today ? today : d;

    private static async Task WriteText(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) await w.WriteNullAsync(); else await w.WriteAsync(value, NpgsqlDbType.Varchar);
    }

    private static async Task WriteDate(NpgsqlBinaryImporter w, DateOnly? value)
    {
        if (value is null) await w.WriteNullAsync(); else await w.WriteAsync(value.Value, NpgsqlDbType.Date);
    }

    private static async Task WriteTime(NpgsqlBinaryImporter w, DateTimeOffset? value)
    {
        if (value is null) await w.WriteNullAsync(); else await w.WriteAsync(value.Value, NpgsqlDbType.TimestampTz);
    }

    public static async Task Exec(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Party(string Uscc, string Name, string Region, string Type);

    /// <summary>Counties of the 31 provinces (GB/T 2260, Kernel), enterprises and respondents placed in them.</summary>
    private sealed record World(Party[] Complainants, Party[] Respondents)
    {
        public static World Build(Random random)
        {
            var directory = RegionDirectory.Default;
            var counties = directory.Provinces.Where(p => p.Code.Value != "000000")
                .Select(p => (Province: p, Counties: Leaves(directory, p.Code).ToArray())).Where(x => x.Counties.Length > 0).ToArray();
            // Rough weight by economic size: the coastal provinces file most complaints.
            double Weight(string code) => code[..2] switch { "44" or "32" or "33" or "37" => 6, "41" or "51" or "42" or "43" or "35" or "34" or "13" or "31" or "11" => 3, _ => 1 };
            var weights = counties.Select(c => Weight(c.Province.Code.Value)).ToArray();
            RegionInfo County() { var p = counties[Weighted(random, weights)]; return p.Counties[random.Next(p.Counties.Length)]; }
            Party Make(RegionInfo county, string kind, string type, int n)
            {
                var body = (kind == "org" ? "12" : "91") + county.Code.Value + string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 1_000_000_000):D9}");
                var uscc = Uscc.FromBody(body[..17]).Value;
                var place = county.Name.Length > 4 ? county.Name[..2] : county.Name.TrimEnd('区', '县', '市');
                var name = type switch
                {
                    "GovernmentBody" => $"{county.Name}{Pick(random, ["住房和城乡建设局", "交通运输局", "教育局", "卫生健康委员会", "水利局", "城市管理局"])}",
                    "PublicInstitution" => $"{county.Name}{Pick(random, ["人民医院", "第一中学", "疾病预防控制中心", "职业技术学院", "图书馆"])}",
                    "StateOwnedEnterprise" => $"{place}{Pick(random, ["城市建设投资", "交通投资", "水务", "能源", "国有资本运营"])}集团有限公司{(n % 7 == 0 ? "第" + (n % 9 + 1) + "分公司" : "")}",
                    "LargeEnterprise" => $"{place}{Pick(random, ["华东", "恒泰", "宏达", "鼎盛", "远航", "中天", "金辉"])}{Pick(random, Trades)}集团有限公司",
                    "Other" => $"{place}{Pick(random, ["商会", "开发区管委会", "物业管理处"])}",
                    _ => $"{place}{Pick(random, ["瑞丰", "新锐", "博远", "恒信", "明达", "精工", "汇通"])}{Pick(random, Trades)}有限公司",
                };
                return new Party(uscc, name + (n > 0 && type == "sme" ? "" : ""), county.Code.Value, type);
            }
            var complainants = Enumerable.Range(0, 200_000).Select(i => Make(County(), "ent", "sme", i)).ToArray();
            var respondents = Enumerable.Range(0, 20_000).Select(i =>
            {
                var type = RespondentTypes[Weighted(random, RespondentTypeWeights)];
                return Make(County(), type is "GovernmentBody" or "PublicInstitution" ? "org" : "ent", type, i);
            }).ToArray();
            return new World(complainants, respondents);
        }

        private static IEnumerable<RegionInfo> Leaves(RegionDirectory directory, RegionCode parent)
        {
            foreach (var child in directory.ChildrenOf(parent))
            {
                if (child.Level == JurisdictionLevel.County) yield return child;
                else foreach (var leaf in Leaves(directory, child.Code)) yield return leaf;
            }
        }

        private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
    }
}
