using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yiwang.Web.Platform.Identity.Registration;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Data;

/// <summary>Table mapping for sessions and enterprise registrations, applied by <c>PlatformDbContext</c>.</summary>
internal static class AccountsModel
{
    /// <param name="sqlite">SQLite cannot compare <see cref="DateTimeOffset"/> in SQL; there times are stored as sortable numbers.</param>
    public static void Configure(ModelBuilder builder, bool sqlite)
    {
        builder.Entity<UserSession>(e =>
        {
            e.ToTable("user_sessions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SecurityStamp).HasMaxLength(256);
            e.Property(x => x.RefreshTokenHash).HasMaxLength(64);
            e.Property(x => x.PreviousRefreshTokenHash).HasMaxLength(64);
            // Sign out everywhere and clean-up read "this user's sessions".
            e.HasIndex(x => new { x.UserId, x.ExpiresAt });
            if (sqlite) Times(e.Property(x => x.CreatedAt), e.Property(x => x.ExpiresAt), e.Property(x => x.RevokedAt));
        });
        builder.Entity<EnterpriseRegistration>(e =>
        {
            e.ToTable("enterprise_registrations");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.EnterpriseName).HasMaxLength(200);
            e.Property(x => x.RegisterName).HasMaxLength(200);
            e.Property(x => x.ContactName).HasMaxLength(50);
            e.Property(x => x.ContactPhone).HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DecidedBy).HasMaxLength(450);
            e.Property(x => x.RejectionReason).HasMaxLength(500);
            // The officials' queue: pending registrations of a region prefix, oldest first.
            e.HasIndex(x => new { x.Status, x.RegionCode });
            e.HasIndex(x => x.UserId);
            if (sqlite) Times(e.Property(x => x.SubmittedAt), e.Property(x => x.TermsAcceptedAt), e.Property(x => x.DecidedAt));
        });
    }

    private static void Times(params Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder[] properties)
    {
        foreach (var property in properties) property.HasConversion(new DateTimeOffsetToBinaryConverter());
    }
}
