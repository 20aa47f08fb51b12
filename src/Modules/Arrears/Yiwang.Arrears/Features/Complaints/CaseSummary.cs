using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>What a command on a case answers through the API: the case as it is now (status by its API name).</summary>
internal sealed record CaseSummary(long Id, string? Number, string Status, int Version)
{
    public static CaseSummary Of(ComplaintCase c) => new(c.Id, c.Number, c.Status.ToString(), c.Version);
}
