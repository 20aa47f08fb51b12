using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Features.DigitalLevel;
using Yiwang.Cultivation.Features.Recognition;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.ApplyWizard;

/// <summary>What the wizard starts from: form values, and per field where its value came from (shown in the field's help).</summary>
internal sealed record ApplyStart(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, Bilingual> Sources, string? LastTier, IReadOnlyList<PrefillSource> Summary)
{
    public static ApplyStart None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, Bilingual>(), null, []);

    /// <summary>The sources that filled one of <paramref name="fields"/> (all of them when no tier is chosen yet).</summary>
    public IReadOnlyList<Bilingual> SourcesFor(IReadOnlyCollection<string>? fields) =>
        [.. Summary.Where(s => fields is null || s.Fields.Any(fields.Contains)).Select(s => s.Name)];
}

/// <summary>One place the wizard took values from, and the form fields it filled.</summary>
internal sealed record PrefillSource(Bilingual Name, IReadOnlyList<string> Fields);

/// <summary>
/// Pre-fills the application from what the platform already knows: the last application (its multi-year figures moved
/// back a year when it was filed in an earlier year), the titles this enterprise holds here, the register profile
/// (Enterprises module, through <see cref="ISmeRegister"/>) and the latest digital-level questionnaire. Later sources win.
/// </summary>
internal sealed class ApplyPrefill(ApplicationStore store, ISmeRegister register, DigitalLevelHandler digital)
{
    // Figures for "last year", "the year before" and "three years ago": a year later each moves one place back.
    private static readonly string[][] YearSeries =
    [
        ["revenueLastYearTenThousandYuan", "revenuePreviousYearTenThousandYuan", "revenueThreeYearsAgoTenThousandYuan"],
        ["mainBusinessRevenueLastYearTenThousandYuan", "mainBusinessRevenuePreviousYearTenThousandYuan", "mainBusinessRevenueThreeYearsAgoTenThousandYuan"],
        ["rdExpenseLastYearTenThousandYuan", "rdExpensePreviousYearTenThousandYuan"],
        ["netProfitLastYearTenThousandYuan"],
    ];

    public async Task<ApplyStart> ForAsync(CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Enterprise is not { } uscc) return ApplyStart.None;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        var summary = new List<PrefillSource>();
        var today = store.Today;
        void Put(string fact, string? value, Bilingual source)
        {
            if (value is null) return;
            values[FactsFormValues.Prefix + fact] = value;
            sources[FactsFormValues.Prefix + fact] = source;
        }

        var own = await store.Queries.OfChain(RecognitionChain.Current).AsNoTracking().Where(f => f.ApplicantUscc == uscc.Value)
            .OrderByDescending(f => f.Id).Select(f => new { Tier = f.Category, Status = f.State, f.FactsJson, f.SubmittedAt, f.ValidUntil }).Take(20).ToListAsync(ct);
        var last = own.FirstOrDefault();
        if (last is not null)
        {
            var filed = Figures.BeijingDate(last.SubmittedAt);
            var source = new Bilingual($"已按上次申请（{Figures.IsoDate(filed)}）预填。", $"Pre-filled from your last application ({Figures.IsoDate(filed)}).");
            var previous = FactsFormValues.FromJson(last.FactsJson);
            Shift(previous, today.Year - filed.Year);
            foreach (var (key, value) in previous) Put(key[FactsFormValues.Prefix.Length..], value, source);
            summary.Add(new(new($"上次申请（{Figures.IsoDate(filed)} 提交）", $"your last application (filed {Figures.IsoDate(filed)})"), [.. previous.Keys]));
        }

        var held = own.Where(a => a.Status == ApplicationStatuses.StateOf(ApplicationStatus.Recognised) && a.ValidUntil >= today).Select(a => a.Tier).ToHashSet(StringComparer.Ordinal);
        var titles = new Bilingual("已按本平台的有效认定预填。", "Pre-filled from the recognitions you hold on this platform.");
        if (held.Count > 0 || last is not null)
        {
            Put("holdsInnovativeSmeTitle", held.Contains("innovative") ? "true" : null, titles);
            Put("holdsSpecializedSmeTitle", held.Contains("specialized") ? "true" : null, titles);
        }

        if (await register.FindAsync(uscc, ct) is { } profile)
        {
            var source = new Bilingual($"已按企业名录（{profile.ReportingYear}年度）预填。", $"Pre-filled from the enterprise register ({profile.ReportingYear}).");
            Put("employees", profile.Employees?.ToString(CultureInfo.InvariantCulture), source);
            // The register's revenue is that of its reporting year: it is "last year" only when that year has just ended.
            if (profile.ReportingYear == today.Year - 1) Put("revenueLastYearTenThousandYuan", profile.RevenueTenThousandYuan?.ToString("0.####", CultureInfo.InvariantCulture), source);
            summary.Add(new(new($"企业名录（{profile.ReportingYear}年度）", $"the enterprise register ({profile.ReportingYear})"),
                [FactsFormValues.Prefix + "employees", FactsFormValues.Prefix + "revenueLastYearTenThousandYuan"]));
        }

        // Level 0 (below 一级) is not a valid digitalLevel fact: the field then stays empty ("not reported").
        if (await digital.ListOwnAsync(caller, ct) is [{ Level: > 0 } latest, ..])
        {
            var on = Figures.IsoDate(Figures.BeijingDate(latest.CompletedAt));
            Put("digitalLevel", latest.Level.ToString(CultureInfo.InvariantCulture),
                new($"已按数字化水平评测（{on}）预填。", $"Pre-filled from your digital-level questionnaire ({on})."));
            summary.Add(new(new($"数字化水平评测（{on}）", $"the digital-level questionnaire ({on})"), [FactsFormValues.Prefix + "digitalLevel"]));
        }

        return new ApplyStart(values, sources, last?.Tier, summary);
    }

    private static void Shift(Dictionary<string, string> values, int years)
    {
        if (years <= 0) return;
        var niche = FactsFormValues.Prefix + "yearsInNicheMarket";
        if (values.TryGetValue(niche, out var y) && decimal.TryParse(y, NumberStyles.Number, CultureInfo.InvariantCulture, out var inNiche))
            values[niche] = (inNiche + years).ToString(CultureInfo.InvariantCulture);
        foreach (var series in YearSeries)
        {
            for (var i = series.Length - 1; i >= 0; i--)
            {
                var from = i - years;
                var key = FactsFormValues.Prefix + series[i];
                if (from >= 0 && values.TryGetValue(FactsFormValues.Prefix + series[from], out var v)) values[key] = v;
                else values.Remove(key);
            }
        }
    }
}
