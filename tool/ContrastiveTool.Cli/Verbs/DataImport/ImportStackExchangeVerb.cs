using ContrastiveTool.Core.Data.Importers;
using ContrastiveTool.Core.Data.Importers.StackExchange;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary><c>data import stackexchange</c>: Kaggle's Questions.csv + Answers.csv to ranked QA.</summary>
public sealed class ImportStackExchangeVerb(IAnsiConsole console) : ImportVerb<ImportStackExchangeSettings>(console)
{
    protected override ImportSummary Import(ImportStackExchangeSettings settings, IProgress<ImportProgress> progress, CancellationToken cancellationToken) =>
        new StackExchangeImporter(settings.Folder, settings.Limit).Import(settings.Output, progress, cancellationToken);
}
