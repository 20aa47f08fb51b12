namespace Yiwang.Arrears.Features.WithdrawComplaint;

/// <param name="Reason">Why the complainant withdraws (optional: settled with the respondent, went to court…).</param>
internal sealed record WithdrawalRequest(string? Reason, int? ExpectedVersion);
