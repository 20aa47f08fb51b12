using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.Mail;

internal enum AccountMailKind { Verification, Welcome, Reset, AlreadyRegistered }

/// <summary>
/// Account e-mails are made after the answer, in the background: the form that asked ("forgot password", "register")
/// then answers in the same time whether or not the address has an account, since nothing it does depends on that
/// beyond one lookup (issue 14, enumeration). A restart loses only mails not made yet; the user can ask again.
/// </summary>
internal sealed class AccountMailQueue
{
    private readonly Channel<(AccountMailKind Kind, string UserId)> jobs =
        Channel.CreateBounded<(AccountMailKind, string)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(AccountMailKind kind, string userId) => jobs.Writer.TryWrite((kind, userId));

    public IAsyncEnumerable<(AccountMailKind Kind, string UserId)> ReadAllAsync(CancellationToken cancellationToken) => jobs.Reader.ReadAllAsync(cancellationToken);
}

internal sealed class AccountMailWorker(AccountMailQueue queue, IServiceScopeFactory scopes, ILogger<AccountMailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (kind, userId) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(userId);
                if (user is null) continue;
                var links = scope.ServiceProvider.GetRequiredService<AccountLinks>();
                await (kind switch
                {
                    AccountMailKind.Verification => links.SendVerificationAsync(user, stoppingToken),
                    AccountMailKind.Welcome => links.SendWelcomeAsync(user, stoppingToken),
                    AccountMailKind.Reset => links.SendResetAsync(user, stoppingToken),
                    _ => links.SendAlreadyRegisteredAsync(user, stoppingToken),
                });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Account e-mail {Kind} for account {UserId} could not be made", kind, userId);
            }
        }
    }
}
