using System.CommandLine;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Cli.Commands;

/// <summary>
/// <c>--provider</c> / <c>--connection</c>, defaulting to the same environment variables the web host reads
/// (<c>Database__Provider</c>, <c>ConnectionStrings__Yiwang</c>), so one setting serves both.
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "sqlite or postgres (default: $Database__Provider, else sqlite)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Database__Provider"),
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string (default: $ConnectionStrings__Yiwang, else Data Source=data/yiwang.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Yiwang"),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public DatabaseSettings Read(ParseResult parse) => DatabaseSettings.From(parse.GetValue(Provider), parse.GetValue(Connection));
}
