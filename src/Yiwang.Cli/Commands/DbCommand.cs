using System.CommandLine;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.Cli.Commands;

/// <summary><c>yiwang db migrate</c>: applies every module's migrations (production runs this, not the web host).</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var migrate = new Command("migrate", "Apply all pending migrations of every module to the configured database");
        database.AddTo(migrate);
        migrate.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var settings = ReadOrReport(database, parse);
            if (settings is null) return CliRunner.Usage;
            await using var services = MaintenanceHost.Build(settings);
            await DatabaseInitializer.MigrateAsync(services, ct);
            await output.WriteLineAsync($"migrated ({settings.Provider})");
            return CliRunner.Success;
        });
        var command = new Command("db", "Database maintenance");
        command.Subcommands.Add(migrate);
        return command;
    }

    internal static Kernel.Persistence.DatabaseSettings? ReadOrReport(DatabaseOptions database, ParseResult parse)
    {
        try
        {
            return database.Read(parse);
        }
        catch (ArgumentException ex)
        {
            parse.InvocationConfiguration.Error.WriteLine(ex.Message);
            return null;
        }
    }
}
