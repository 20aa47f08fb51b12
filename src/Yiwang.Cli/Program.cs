using System.CommandLine;
using Yiwang.Cli.Commands;

namespace Yiwang.Cli;

// An explicit entry class rather than top-level statements: the ASP.NET Core framework reference (through the web
// host, for `db migrate`) would otherwise make a second public `Program` that clashes with the host's in tests.
internal static class YiwangCommand
{
    public static int Main(string[] args) => CliRunner.Run(Create(), args);

    public static RootCommand Create()
    {
        var root = new RootCommand("yiwang — 一网 command line: batch size classification, rule-set impact, synthetic data, database and audit maintenance");
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(ImpactCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(CalendarCommand.Create());
        root.Subcommands.Add(InterestCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(LcaCommand.Create());
        return root;
    }
}
