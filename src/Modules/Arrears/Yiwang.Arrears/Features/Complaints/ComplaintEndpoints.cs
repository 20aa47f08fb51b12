using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.AnswerComplaint;
using Yiwang.Arrears.Features.BrowseComplaints;
using Yiwang.Arrears.Features.ComplaintRouting;
using Yiwang.Arrears.Features.ConfirmResult;
using Yiwang.Arrears.Features.DecideExtension;
using Yiwang.Arrears.Features.DownloadEvidence;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Arrears.Features.ForwardComplaint;
using Yiwang.Arrears.Features.RecordHandlingStep;
using Yiwang.Arrears.Features.RecordPlanPayment;
using Yiwang.Arrears.Features.RecordResult;
using Yiwang.Arrears.Features.RequestExtension;
using Yiwang.Arrears.Features.RevealContact;
using Yiwang.Arrears.Features.ReviewComplaint;
using Yiwang.Arrears.Features.SubmitComplaint;
using Yiwang.Arrears.Features.UploadEvidence;
using Yiwang.Arrears.Features.WithdrawComplaint;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>The complaint API under <c>/api/v1/complaints</c>: each use case maps its own endpoint from its folder.</summary>
internal static class ComplaintEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/complaints").RequireAuthorization().DisableAntiforgery().WithTags("Complaints");
        BrowseComplaintsEndpoint.Map(cases);
        RevealContactEndpoint.Map(cases);
        FileComplaintEndpoint.Map(cases);
        UploadEvidenceEndpoint.Map(cases);
        DownloadEvidenceEndpoint.Map(cases);
        SubmitComplaintEndpoint.Map(cases);
        WithdrawComplaintEndpoint.Map(cases);
        ReviewComplaintEndpoint.Map(cases);
        ForwardComplaintEndpoint.Map(cases);
        RecordHandlingStepEndpoint.Map(cases);
        AnswerComplaintEndpoint.Map(cases);
        RequestExtensionEndpoint.Map(cases);
        DecideExtensionEndpoint.Map(cases);
        RecordResultEndpoint.Map(cases);
        ConfirmResultEndpoint.Map(cases);
        RecordPlanPaymentEndpoint.Map(cases);
        RoutingRulesEndpoint.Map(api);
    }
}
