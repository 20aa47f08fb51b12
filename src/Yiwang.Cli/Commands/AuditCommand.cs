using System.CommandLine;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang audit verify</c>: walks the audit hash chain; exit code 3 when a link is broken.</summary>
public static class AuditCommand
{
    public const int ChainBroken = 3;

    public static Command Create()
    {
        var database = new DatabaseOptions();
        var verify = new Command("verify", "Check the tamper-evident audit log and report the first broken link");
        database.AddTo(verify);
        verify.SetAction(async (parse, ct) =>
        {
            var settings = DbCommand.ReadOrReport(database, parse);
            if (settings is null) return CliRunner.Usage;
            await using var services = MaintenanceHost.Build(settings);
            var result = await MaintenanceHost.VerifyAuditAsync(services, ct);
            var output = parse.InvocationConfiguration.Output;
            if (result.IsIntact)
            {
                await output.WriteLineAsync($"审计链完整 / audit chain intact: {result.EntriesChecked} entries");
                return CliRunner.Success;
            }

            await output.WriteLineAsync($"审计链断开 / audit chain broken at entry {result.FirstBrokenSequence}: {result.Problem} ({result.EntriesChecked} entries verified before it)");
            return ChainBroken;
        });
        var command = new Command("audit", "Audit log");
        command.Subcommands.Add(verify);
        return command;
    }
}
