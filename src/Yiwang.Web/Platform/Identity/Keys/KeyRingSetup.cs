using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Yiwang.Kernel.Persistence;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Security;

namespace Yiwang.Web.Platform.Identity.Keys;

/// <summary>
/// The data-protection key ring (it protects cookies, bearer tokens and e-mail links) lives in the platform database —
/// so every node of a deployment shares it and no other deployment has it — under the explicit application name
/// "Yiwang", each key encrypted with the secret <c>DataProtection:KeyEncryptionKey</c> (docs/security.md). Without that
/// secret the embedded SQLite demo makes one in a file beside its database, with a warning; Production refuses to start.
/// </summary>
internal static class KeyRingSetup
{
    public const string ApplicationName = "Yiwang";
    public const string LocalSecretFileName = "yiwang.key-encryption-secret";

    public static IServiceCollection AddPlatformKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseSettings database)
    {
        var section = configuration.GetSection("DataProtection");
        var previous = section.GetSection("PreviousKeyEncryptionKeys").Get<string[]>() ?? [];
        var current = section["KeyEncryptionKey"];
        string? localFile = null;
        if (string.IsNullOrWhiteSpace(current))
        {
            if (environment.IsProduction())
                throw new InvalidOperationException("DataProtection:KeyEncryptionKey is not set. Production needs a secret of at least 32 characters (docs/security.md, \"Keys\").");
            localFile = LocalSecretFile.PathFor(LocalSecretFileName, database, environment.ContentRootPath);
            current = LocalSecretFile.ReadOrCreate(localFile);
        }

        services.AddSingleton(new KeyEncryptionSecrets(current, previous));
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PlatformDbContext>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlEncryptor = new SecretXmlEncryptor(provider.GetRequiredService<KeyEncryptionSecrets>())));
        if (localFile is not null) services.AddHostedService(provider => new LocalSecretWarning(provider.GetRequiredService<ILogger<LocalSecretWarning>>(), localFile));
        return services;
    }

    private sealed class LocalSecretWarning(ILogger<LocalSecretWarning> logger, string path) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning("Data-protection keys are encrypted with a secret generated in {Path}: fine for a demo, not for a deployment. " +
                "Set DataProtection:KeyEncryptionKey (docs/security.md).", path);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
