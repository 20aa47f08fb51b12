using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.BrowseComplaints;

/// <summary>The commands this caller may give on this case now; pages show only these forms.</summary>
internal static class CaseActions
{
    public static IReadOnlyList<string> For(CallerScope scope, ComplaintCase c)
    {
        var actions = new List<string>();
        if (ComplaintAccess.IsComplainant(scope, c))
        {
            if (c.Status is ComplaintStatus.Draft or ComplaintStatus.Returned) actions.AddRange(["edit", "upload-evidence", "submit"]);
            if (c.Status == ComplaintStatus.Resolved) actions.AddRange(["confirm", "object"]);
            if (c.Installments.Count > 0 && c.Status is ComplaintStatus.Resolved or ComplaintStatus.Closed) actions.Add("record-payment");
        }
        if (ComplaintAccess.CanReview(scope, c))
        {
            if (c.Status == ComplaintStatus.Submitted) actions.AddRange(["accept", "return", "reject"]);
            if (c.Status == ComplaintStatus.Accepted) actions.Add("forward");
        }
        if (ComplaintAccess.CanHandle(scope, c))
        {
            if (c.Status == ComplaintStatus.Handling)
            {
                actions.AddRange(["record-step", "resolve"]);
                // The official who asked for an extension cannot approve it (第二十五条第二款: the head decides).
                var pending = c.Extensions.FirstOrDefault(e => e.Decision == ExtensionDecision.Pending);
                if (pending is null) actions.Add("request-extension");
                else if (pending.RequestedBy != scope.UserId) actions.Add("decide-extension");
            }
            if (c.Installments.Count > 0 && c.Status is ComplaintStatus.Resolved or ComplaintStatus.Closed) actions.Add("record-payment");
        }
        if (ComplaintAccess.IsRespondent(scope, c) && c.Status == ComplaintStatus.Handling) actions.Add("respond");
        if (ComplaintAccess.CanSeeContact(scope, c)) actions.Add("view-contact");
        return actions.Distinct().ToList();
    }
}
