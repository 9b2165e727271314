using System.CommandLine;
using System.Text;
using Briefly.Cli;
using Briefly.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("Briefly: faithful extractive summaries of news articles, offline.")
{
    SummarizeCommand.Create(),
    ExtractCommand.Create(),
    BenchExtractCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    RougeCommand.Create(),
    ServeCommand.Create(),
    ImportCommand.Create(),
    PollCommand.Create(),
    DbCommand.Create(),
    ArticlesCommand.Create(),
    GuardEvalCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine($"briefly: {parsed.Errors[0].Message.Split('\n')[0].Trim()} (see 'briefly --help')");
    return ExitCodes.BadInput;
}

try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Console.Error.WriteLine($"briefly: {e.Message}");
    return ExitCodes.BadInput;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or Briefly.Ingest.Fetching.FetchException)
{
    Console.Error.WriteLine($"briefly: {e.Message}");
    return ExitCodes.Failure;
}
