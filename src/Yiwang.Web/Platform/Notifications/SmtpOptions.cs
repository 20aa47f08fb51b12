namespace Yiwang.Web.Platform.Notifications;

/// <summary>
/// The <c>Smtp</c> configuration section. E-mail is on only when <see cref="Host"/> is set; the inbox works without it.
/// Put <see cref="Password"/> in an environment variable (Smtp__Password) or a secret store, never in appsettings.json.
/// </summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "noreply@yiwang.local";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool EnableSsl { get; set; }

    /// <summary>Prefixed to site-relative links in e-mails (e.g. https://yiwang.example.cn); links stay relative when unset.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failure; doubled after each further one (30 s, 1 min, 2 min, …), capped at <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How often the sender looks for due messages.</summary>
    public double PollSeconds { get; set; } = 10;

    public int TimeoutSeconds { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1: base · 2^(failed − 1), capped.</summary>
    public TimeSpan BackoffAfter(int failedAttempts)
    {
        var seconds = RetryBaseSeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, RetryMaxSeconds));
    }
}
