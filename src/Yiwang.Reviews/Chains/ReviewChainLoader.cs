using System.Text.Json;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Reviews.Chains;

/// <summary>
/// Reads a chain file and checks it whole before anything uses it: every problem is listed, each naming the file, the item
/// (state, step) and the field, as the rule-set loader does. A chain that loads has no dangling state, no ambiguous step,
/// no decision that closes or sends back without a reason, and no grant without a validity.
/// </summary>
public static class ReviewChainLoader
{
    public const int Format = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <exception cref="ReviewChainFormatException">The JSON is malformed or the chain is wrong; the message lists every problem.</exception>
    public static ReviewChain Load(Stream json, string fileName)
    {
        ChainFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ChainFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ReviewChainFormatException($"{fileName}: not a valid chain file: {e.Message}", e);
        }

        var problems = new List<string>();
        var chain = file is null ? null : Build(file, problems);
        if (chain is null || problems.Count > 0)
            throw new ReviewChainFormatException($"{fileName}: " + (problems.Count == 0 ? "empty file" : string.Join(Environment.NewLine + "  ", problems)));
        return chain;
    }

    public static ReviewChain LoadText(string json, string fileName)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream, fileName);
    }

    private static ReviewChain? Build(ChainFile f, List<string> problems)
    {
        if (f.Format != Format) problems.Add($"format: expected {Format}, found {f.Format?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        var id = Required(f.Id, "id", problems);
        var version = Required(f.Version, "version", problems);
        var name = Text(f.Name, "name", problems);
        var validity = f.Validity is null ? null : Validity(f.Validity, problems);
        var states = (f.States ?? []).Select((s, i) => State(s, i, problems)).ToList();
        if (states.Count == 0) problems.Add("states: at least one state is required");
        var submit = f.Submit is null ? null : Step(f.Submit, "submit", problems);
        if (submit is null) problems.Add("submit: the first step is required");
        else if (submit.Action != ReviewAction.Submit || !submit.Actor.Applicant) problems.Add("submit: must be the applicant's 'submit'");

        var chain = new ReviewChain(id, version, name, f.Source ?? string.Empty, Required(f.Reference, "reference", problems),
            Required(f.Audit, "audit", problems), Required(f.Notice, "notice", problems), Required(f.Link, "link", problems), validity,
            Text(f.ExpiredName, "expiredName", problems), Text(f.Duplicate, "duplicate", problems), submit!, states,
            (f.SystemEvents ?? []).ToDictionary(e => e.Key, e => Text(e.Value, $"systemEvents.{e.Key}", problems), StringComparer.Ordinal));
        if (submit is not null) ReviewChainChecks.Check(chain, problems);
        return chain;
    }

    private static GrantValidity Validity(ValidityFile v, List<string> problems)
    {
        if (v.Years is not > 0) problems.Add("validity.years: a whole number of years above 0 is required");
        if (v.RecheckDaysBeforeExpiry is not >= 0) problems.Add("validity.recheckDaysBeforeExpiry: 0 or more days is required");
        return new GrantValidity(v.Years ?? 1, v.RecheckDaysBeforeExpiry ?? 0, Text(v.Basis, "validity.basis", problems), Confidence(v.Confidence, "validity", problems));
    }

    private static ReviewState State(StateFile s, int index, List<string> problems)
    {
        var where = $"states[{index}] '{s.Id}'";
        var id = Required(s.Id, $"states[{index}].id", problems);
        if (!Enum.TryParse<StateKind>(s.Kind, ignoreCase: true, out var kind) || int.TryParse(s.Kind, out _))
            problems.Add($"{where}.kind: '{s.Kind}' is not one of inReview, returned, granted, closed");
        StatutoryPeriod? period = null;
        if (s.Period is { } p)
        {
            if (p.Days is not > 0) problems.Add($"{where}.period.days: a whole number of days above 0 is required");
            if (!Enum.TryParse<PeriodUnit>(p.Unit, ignoreCase: true, out var unit) || int.TryParse(p.Unit, out _))
                problems.Add($"{where}.period.unit: '{p.Unit}' is not workingDays or calendarDays");
            period = new StatutoryPeriod($"{id}.period", p.Days ?? 1, unit, Text(p.Basis, $"{where}.period.basis", problems));
        }

        var steps = (s.Steps ?? []).Select((step, i) => Step(step, $"{where}.steps[{i}]", problems)).ToList();
        return new ReviewState(id, Text(s.Name, $"{where}.name", problems), kind, Text(s.NotAwaiting, $"{where}.notAwaiting", problems),
            Text(s.Denied, $"{where}.denied", problems), period, s.Period is null ? null : Confidence(s.Period.Confidence, $"{where}.period", problems), steps);
    }

    private static ReviewStep Step(StepFile s, string where, List<string> problems)
    {
        where = $"{where} ({s.Action})";
        if (!Enum.TryParse<ReviewAction>(s.Action, ignoreCase: true, out var action) || int.TryParse(s.Action, out _))
            problems.Add($"{where}.action: '{s.Action}' is not one of submit, return, recommend, reject, approve, revoke, renew, update");
        if (!Enum.TryParse<NotifyTarget>(s.Notify ?? "none", ignoreCase: true, out var notify) || int.TryParse(s.Notify, out _))
            problems.Add($"{where}.notify: '{s.Notify}' is not one of none, applicant, next");
        var notice = s.Notice?.ToBilingual();
        if (notify != NotifyTarget.None && notice is null) problems.Add($"{where}.notice: a zh and en subject is required when notify is {s.Notify}");
        return new ReviewStep(action, Actor(s.Actor, where, problems), Required(s.To, $"{where}.to", problems), Required(s.Event, $"{where}.event", problems),
            Text(s.EventName, $"{where}.eventName", problems), s.ReasonRequired ?? false, (s.Categories ?? []).ToHashSet(StringComparer.Ordinal),
            (s.ExceptCategories ?? []).ToHashSet(StringComparer.Ordinal), s.WhileValid ?? false, s.FromRecheck ?? false, notify, notice,
            s.OnlyIfNotMet ?? false, s.Next?.ToBilingual(), s.Citation?.ToBilingual(), Confidence(s.Confidence ?? "configured", where, problems));
    }

    private static ActorRule Actor(ActorFile? a, string where, List<string> problems)
    {
        if (a?.Role == "applicant") return ActorRule.TheApplicant;
        if (a?.Role != "official")
        {
            problems.Add($"{where}.actor.role: '{a?.Role}' is not applicant or official");
            return ActorRule.TheApplicant;
        }

        var levels = new HashSet<JurisdictionLevel>();
        foreach (var level in a.Levels ?? [])
        {
            if (Enum.TryParse<JurisdictionLevel>(level, ignoreCase: true, out var parsed) && !int.TryParse(level, out _)) levels.Add(parsed);
            else problems.Add($"{where}.actor.levels: '{level}' is not county, city, province or national");
        }

        if (levels.Count == 0) problems.Add($"{where}.actor.levels: an official step names at least one level");
        return new ActorRule(false, levels, a.DepartmentHead ?? false);
    }

    private static readonly string[] Confidences = ["official", "secondary", "unconfirmed", "configured"];

    private static string Confidence(string? value, string where, List<string> problems)
    {
        if (value is null || !Confidences.Contains(value)) problems.Add($"{where}.confidence: '{value}' is not one of {string.Join(", ", Confidences)}");
        return value ?? "configured";
    }

    private static string Required(string? value, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{field}: required");
        return value ?? string.Empty;
    }

    private static Bilingual Text(TextFile? text, string field, List<string> problems)
    {
        if (text?.ToBilingual() is { } b) return b;
        problems.Add($"{field}: a zh and an en text are required");
        return new Bilingual(string.Empty, string.Empty);
    }
}
