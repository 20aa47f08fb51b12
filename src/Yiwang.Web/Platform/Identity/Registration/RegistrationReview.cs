using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Identity.Registration;

/// <summary>One registration as its reviewer sees it, with the register's record for the same USCC.</summary>
internal sealed record RegistrationCase(EnterpriseRegistration Registration, string AccountEmail, bool EmailConfirmed, SmeStatus? RegisterRecord, int AccountsAlreadyBound);

/// <summary>
/// Officials of the enterprise's region (county, city or province) and admins approve or reject an account's binding
/// to a USCC. Approval gives the account the enterprise role and the USCC (its sessions end, so the next sign-in
/// carries them); both decisions are audited and the applicant is told (inbox and e-mail).
/// </summary>
internal sealed class RegistrationReview(
    PlatformDbContext db, UserManager<PlatformUser> users, SessionStore sessions, ISmeRegister register, INotifier notifier, IAuditTrail audit, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<EnterpriseRegistration> Items, int Total)> ListAsync(CallerScope caller, RegistrationStatus? status, int page, CancellationToken cancellationToken)
    {
        var query = InScope(caller);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.ToListAsync(cancellationToken); // ordered in memory: SQLite cannot sort DateTimeOffset
        return ([.. rows.OrderBy(r => r.Status).ThenBy(r => r.SubmittedAt).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)], total);
    }

    /// <summary>The caller's own latest registration and who decides it (for the applicant's page).</summary>
    public async Task<(EnterpriseRegistration? Registration, Bilingual Authority)> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<EnterpriseRegistration>().AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        var latest = rows.OrderByDescending(r => r.SubmittedAt).FirstOrDefault();
        return latest is null ? (null, default) : (latest, await ApprovingAuthority.NameAsync(db, RegionCode.Parse(latest.RegionCode), cancellationToken));
    }

    public Task<int> PendingCountAsync(CallerScope caller, CancellationToken cancellationToken) =>
        InScope(caller).CountAsync(r => r.Status == RegistrationStatus.Pending, cancellationToken);

    public async Task<RegistrationCase?> FindAsync(CallerScope caller, Guid id, CancellationToken cancellationToken)
    {
        var registration = await InScope(caller).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null) return null;
        var account = await db.Users.AsNoTracking().Where(u => u.Id == registration.UserId).Select(u => new { u.Email, u.EmailConfirmed }).FirstAsync(cancellationToken);
        var record = await register.FindAsync(Uscc.Parse(registration.Uscc), cancellationToken);
        var bound = await db.Users.CountAsync(u => u.Uscc == registration.Uscc, cancellationToken);
        return new RegistrationCase(registration, account.Email ?? string.Empty, account.EmailConfirmed, record, bound);
    }

    public async Task<CommandResult> ApproveAsync(CallerScope caller, Guid id, CancellationToken cancellationToken)
    {
        var (registration, user, refusal) = await PendingAsync(caller, id, cancellationToken);
        if (refusal is not null) return refusal;
        registration!.Status = RegistrationStatus.Approved;
        Decided(registration, caller);
        user!.Uscc = registration.Uscc;
        user.DisplayName = registration.RegisterName ?? registration.EnterpriseName;
        await db.SaveChangesAsync(cancellationToken);
        await users.AddToRoleAsync(user, Roles.Enterprise);
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        await audit.RecordAsync(new AuditEvent("account.binding.approved", registration.Uscc, caller.UserId, $"registration {registration.Id}, account {user.Id}"), cancellationToken);
        await notifier.NotifyAsync(new NotificationRecipients { UserIds = [user.Id] }, new Notification("account.binding.approved", registration.Uscc,
            new("企业绑定已通过审核", "Your enterprise binding is approved"),
            new($"您的账户已绑定{registration.EnterpriseName}（{registration.Uscc}）。请重新登录，即可办理投诉、申报和碳足迹等业务。",
                $"Your account now acts for {registration.EnterpriseName} ({registration.Uscc}). Sign in again to file complaints, apply and compute footprints."), "/"),
            cancellationToken);
        return CommandResult.Done(new($"已通过：{registration.EnterpriseName} 的账户已获得企业权限，申请人已收到通知。",
            $"Approved: the account of {registration.EnterpriseName} can now act for the enterprise; the applicant has been told."));
    }

    public async Task<CommandResult> RejectAsync(CallerScope caller, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length is < 2 or > 500)
            return CommandResult.Invalid("reason", new("请写明驳回理由（2至500字），申请人会看到它", "Give the reason (2 to 500 characters); the applicant will see it"));
        var (registration, user, refusal) = await PendingAsync(caller, id, cancellationToken);
        if (refusal is not null) return refusal;
        registration!.Status = RegistrationStatus.Rejected;
        registration.RejectionReason = why;
        Decided(registration, caller);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("account.binding.rejected", registration.Uscc, caller.UserId, $"registration {registration.Id}, account {user!.Id}"), cancellationToken);
        await notifier.NotifyAsync(new NotificationRecipients { UserIds = [user.Id] }, new Notification("account.binding.rejected", registration.Uscc,
            new("企业绑定未通过审核", "Your enterprise binding was not approved"),
            new($"您绑定{registration.EnterpriseName}（{registration.Uscc}）的申请被驳回，理由：{why}", $"Your request to act for {registration.EnterpriseName} ({registration.Uscc}) was rejected. Reason: {why}"), "/"),
            cancellationToken);
        return CommandResult.Done(new("已驳回，申请人已收到驳回理由。", "Rejected; the applicant has been given the reason."));
    }

    private async Task<(EnterpriseRegistration?, PlatformUser?, CommandResult?)> PendingAsync(CallerScope caller, Guid id, CancellationToken cancellationToken)
    {
        var registration = await InScope(caller).AsTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null) return (null, null, CommandResult.NotFound(new("没有这项注册申请，或不在您的辖区", "No such registration, or not in your jurisdiction")));
        if (registration.Status != RegistrationStatus.Pending)
            return (null, null, CommandResult.Conflict(new($"这项申请已{Labels.Of(registration.Status).Zh}", $"This registration is already {Labels.Of(registration.Status).En.ToLowerInvariant()}")));
        var user = await users.FindByIdAsync(registration.UserId);
        if (user is null) return (null, null, CommandResult.NotFound(new("申请人的账户已不存在", "The applicant's account no longer exists")));
        if (!user.EmailConfirmed) return (null, null, CommandResult.Unprocessable(new("申请人尚未验证邮箱，验证后才能审核", "The applicant has not verified the e-mail address yet; review after that")));
        return (registration, user, null);
    }

    private void Decided(EnterpriseRegistration registration, CallerScope caller)
    {
        registration.DecidedAt = clock.GetUtcNow();
        registration.DecidedBy = caller.UserId;
    }

    /// <summary>An admin sees all; a county, city or province official the registrations of their jurisdiction; anyone else none.</summary>
    private IQueryable<EnterpriseRegistration> InScope(CallerScope caller)
    {
        var all = db.Set<EnterpriseRegistration>().AsNoTracking();
        if (caller.IsAdmin) return all;
        if (!ApprovingAuthority.DecidesAny(caller)) return all.Where(_ => false);
        var prefix = caller.Jurisdiction!.Value.ScopePrefix;
        return all.Where(r => r.RegionCode.StartsWith(prefix));
    }
}
