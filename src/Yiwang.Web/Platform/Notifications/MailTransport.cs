using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>Sends one outbox message; throws on any failure so the dispatcher can schedule a retry.</summary>
internal interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// SMTP through <see cref="SmtpClient"/> (in the framework, so no extra package): enough for one plain message per call
/// to a relay, which is all the outbox needs.
/// </summary>
internal sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = smtp.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);

        using var mail = new MailMessage(new MailAddress(smtp.From, "一网 Yiwang", Encoding.UTF8), new MailAddress(message.ToAddress))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        // Machine-readable, ASCII, no personal data: lets a mail rule or a test find the message without decoding MIME.
        AddAsciiHeader(mail, "X-Yiwang-Kind", message.Kind);
        AddAsciiHeader(mail, "X-Yiwang-Reference", message.Reference);
        AddAsciiHeader(mail, "X-Yiwang-Outbox-Id", message.Id.ToString());
        await client.SendMailAsync(mail, cancellationToken);
    }

    private static void AddAsciiHeader(MailMessage mail, string name, string value)
    {
        if (value.Length > 0 && value.All(c => char.IsAscii(c) && !char.IsControl(c))) mail.Headers.Add(name, value);
    }
}
