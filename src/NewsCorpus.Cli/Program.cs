using System.CommandLine;
using System.Text;
using NewsCorpus.Cli;
using NewsCorpus.Cli.Commands;
using NewsCorpus.Cli.Commands.Accounts;
using NewsCorpus.Cli.Commands.Editing;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("NewsCorpus: import, search and inspect an Arabic news archive.");
root.Options.Add(CommonOptions.DataDir);
root.Options.Add(CommonOptions.CatalogDir);
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(ReindexCommand.Create());
root.Subcommands.Add(ReparseCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(CorrectCommand.Create());
root.Subcommands.Add(DeleteCommand.CreateDelete());
root.Subcommands.Add(DeleteCommand.CreateRestore());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(TokensCommand.Create());
root.Subcommands.Add(BackupCommand.Create());
root.Subcommands.Add(CompletionCommand.Create());

return CliRunner.Run(root, args);
