using System.CommandLine;
using Yiwang.Cli;
using Yiwang.Cli.Commands;

var root = new RootCommand("yiwang — 一网 command line: batch size classification, rule-set impact, synthetic data");
root.Subcommands.Add(ClassifyCommand.Create());
root.Subcommands.Add(ImpactCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
return CliRunner.Run(root, args);
