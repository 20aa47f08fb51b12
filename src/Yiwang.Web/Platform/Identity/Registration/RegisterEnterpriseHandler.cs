using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.Mail;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Identity.Registration;

/// <summary>
/// An enterprise signs itself up: an unverified account without any role, and a pending binding to its USCC for the
/// officials of its region. An address that already has an account gets the same answer (and its owner an e-mail), so
/// the form does not reveal who is registered.
/// </summary>
internal sealed class RegisterEnterpriseHandler(
    UserManager<PlatformUser> users, PlatformDbContext db, ISmeRegister register, AccountMailQueue mail, IAuditTrail audit, TimeProvider clock)
{
    public async Task<CommandResult<string>> RegisterAsync(RegistrationInput input, CancellationToken cancellationToken)
    {
        var errors = input.Check(out var uscc, out var region);
        if (!string.IsNullOrEmpty(input.Password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var checkedPassword = await validator.ValidateAsync(users, new PlatformUser(), input.Password);
                foreach (var error in checkedPassword.Errors) errors.Add("password", IdentityErrorText.Of(error));
            }
        }

        if (errors.Any) return CommandResult.Invalid(errors).As<string>();
        var email = input.Email!.Trim();
        var next = new Bilingual(
            $"已向 {EmailMask.Mask(email)} 发送验证邮件，请在2小时内打开其中的链接。验证后，企业绑定由所在地主管部门审核，结果会通知您。",
            $"A verification e-mail is on its way to {EmailMask.Mask(email)}: open its link within 2 hours. After that, your region's authority reviews the binding to your enterprise and tells you the result.");
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            _ = users.PasswordHasher.HashPassword(existing, input.Password!); // the work a new account costs, so the time tells nothing
            mail.Enqueue(AccountMailKind.AlreadyRegistered, existing.Id);
            return CommandResult.Of(email, next);
        }

        var now = clock.GetUtcNow();
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = input.ContactName!.Trim(), EmailConfirmed = false };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded) return IdentityErrorText.Invalid(created).As<string>();

        var found = await register.FindAsync(uscc, cancellationToken);
        var registration = new EnterpriseRegistration
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            Uscc = uscc.Value,
            RegionCode = region.Value,
            EnterpriseName = input.EnterpriseName!.Trim(),
            RegisterName = found?.Name,
            ContactName = input.ContactName.Trim(),
            ContactPhone = input.ContactPhone!.Trim(),
            Status = RegistrationStatus.Pending,
            SubmittedAt = now,
            TermsAcceptedAt = now,
        };
        db.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("account.registered", uscc.Value, user.Id, $"registration {registration.Id}"), cancellationToken);
        mail.Enqueue(AccountMailKind.Verification, user.Id);
        return CommandResult.Of(email, next);
    }
}
