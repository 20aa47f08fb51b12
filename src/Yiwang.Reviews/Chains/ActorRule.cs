using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Reviews.Chains;

/// <summary>
/// Who may take a step: the applicant enterprise itself, or an official at one of <see cref="Levels"/> whose jurisdiction
/// contains the applicant's region, optionally only the head of that department (<see cref="CallerScope.IsDepartmentHead"/>).
/// </summary>
public sealed record ActorRule(bool Applicant, IReadOnlySet<JurisdictionLevel> Levels, bool DepartmentHead)
{
    public static ActorRule TheApplicant { get; } = new(true, new HashSet<JurisdictionLevel>(), false);

    public bool Admits(CallerScope caller, string applicantUscc, string regionCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Applicant) return caller.IsEnterprise && caller.Enterprise is { } own && own.Value == applicantUscc;
        return caller.IsOfficial && caller.Jurisdiction is { } jurisdiction && Levels.Contains(jurisdiction.Level)
            && RegionCode.TryParse(regionCode, out var region, out _) && region.IsWithin(jurisdiction)
            && (!DepartmentHead || caller.IsDepartmentHead);
    }

    /// <summary>The jurisdictions, at each of <see cref="Levels"/>, that contain <paramref name="region"/> (who hears of a step).</summary>
    public IEnumerable<string> JurisdictionsOf(RegionCode region) => Levels.Order().Select(level => level switch
    {
        JurisdictionLevel.County => region.Value,
        JurisdictionLevel.City => region.City.Value,
        JurisdictionLevel.Province => region.Province.Value,
        _ => RegionCode.National.Value,
    }).Distinct();
}
