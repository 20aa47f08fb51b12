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
        var anchorDatabase = new DatabaseOptions();
        var anchor = new Command("anchor", "Write a signed checkpoint of the chain's head to the anchor file (Audit:AnchorFile), so a truncated tail is detected later");
        anchorDatabase.AddTo(anchor);
        anchor.SetAction(async (parse, ct) =>
        {
            var settings = DbCommand.ReadOrReport(anchorDatabase, parse);
            if (settings is null) return CliRunner.Usage;
            await using var services = MaintenanceHost.Build(settings);
            var (written, file) = await MaintenanceHost.AnchorAuditAsync(services, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(written is null
                ? $"无需锚定 / nothing to anchor: the newest anchor in {file} already holds the head (or the chain is empty)"
                : $"已锚定 / anchored: entry {written.Sequence} ({written.Hash[..12]}…) in {file}");
            return CliRunner.Success;
        });
        var command = new Command("audit", "Audit log");
        command.Subcommands.Add(verify);
        command.Subcommands.Add(anchor);
        return command;
    }
}
