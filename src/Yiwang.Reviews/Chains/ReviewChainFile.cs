using Yiwang.Kernel.Text;

namespace Yiwang.Reviews.Chains;

// The JSON shape of a chain file (format 1), as written; ReviewChainLoader checks it and builds the ReviewChain.

internal sealed record ChainFile(
    int? Format, string? Id, string? Version, TextFile? Name, string? Source, string? Reference, string? Audit, string? Notice, string? Link,
    ValidityFile? Validity, TextFile? ExpiredName, TextFile? Duplicate, StepFile? Submit, List<StateFile>? States,
    Dictionary<string, TextFile>? SystemEvents);

internal sealed record TextFile(string? Zh, string? En)
{
    public Bilingual? ToBilingual() => string.IsNullOrWhiteSpace(Zh) || string.IsNullOrWhiteSpace(En) ? null : new Bilingual(Zh, En);
}

internal sealed record ValidityFile(int? Years, int? RecheckDaysBeforeExpiry, TextFile? Basis, string? Confidence);

internal sealed record StateFile(string? Id, TextFile? Name, string? Kind, TextFile? NotAwaiting, TextFile? Denied, PeriodFile? Period, List<StepFile>? Steps);

internal sealed record PeriodFile(int? Days, string? Unit, TextFile? Basis, string? Confidence);

internal sealed record ActorFile(string? Role, List<string>? Levels, bool? DepartmentHead);

internal sealed record StepFile(
    string? Action, ActorFile? Actor, string? To, string? Event, TextFile? EventName, bool? ReasonRequired, List<string>? Categories,
    List<string>? ExceptCategories, bool? WhileValid, bool? FromRecheck, string? Notify, TextFile? Notice, bool? OnlyIfNotMet, TextFile? Next,
    TextFile? Citation, string? Confidence);
