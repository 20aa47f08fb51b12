using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.SignIn;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Identity;

internal static class IdentitySetup
{
    /// <summary>Pages use the Identity cookie; API clients send a bearer token. One policy scheme picks per request.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>A right password for an account whose e-mail is not verified yet: only the "check your e-mail" page reads it.</summary>
    public const string UnverifiedScheme = "Yiwang.Unverified";

    public const string AuthCookie = "yiwang.auth";

    public static bool IsBearerRequest(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionSettings>(configuration.GetSection(SessionSettings.Section));
        services.Configure<SignInThrottleSettings>(configuration.GetSection(SignInThrottleSettings.Section));
        var sessions = configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, CookieOrBearer, o => o.ForwardDefaultSelector = context =>
                IsBearerRequest(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            // Access tokens are minted by TokenIssuer (short-lived, naming their session); the handler only reads them.
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(sessions.AccessTokenMinutes))
            .AddCookie(UnverifiedScheme, o =>
            {
                o.Cookie.Name = "yiwang.unverified";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(1);
                o.LoginPath = "/account/login";
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = AuthCookie;
            o.Cookie.HttpOnly = true;
            // Strict keeps the cookie off cross-site requests; CrossSiteApiGuard also checks Origin on the API's writes.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(sessions.IdleMinutes);
            // SessionCheckMiddleware checks every request against the database; Identity's 30-minute stamp check is not needed.
            o.Events.OnValidatePrincipal = _ => Task.CompletedTask;
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<PlatformUser>(o =>
            {
                // security-baseline: length over composition rules (PasswordRules says them on every form).
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Guessing is slowed per account and address (SignInThrottle); Identity's lock is only the admin's.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddAuthorization();

        services.AddSingleton<SessionCheck>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPassword>();
        services.AddScoped<SessionStore>();
        services.AddScoped<TokenIssuer>();
        services.AddScoped<PasswordGate>();
        return services;
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
