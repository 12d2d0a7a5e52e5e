using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Data.Importers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary>What every <c>data import</c> verb does around its importer: progress bar, then the summary.</summary>
public abstract class ImportVerb<TSettings>(IAnsiConsole console) : Command<TSettings> where TSettings : ImportSettings
{
    /// <summary>Runs the source's importer.</summary>
    protected abstract ImportSummary Import(TSettings settings, IProgress<ImportProgress> progress, CancellationToken cancellationToken);

    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var summary = ImportProgressDisplay.Run(console, settings.Quiet || settings.Json,
                                                progress => Import(settings, progress, cancellationToken));
        if (settings.Json)
            RawJson.Write(console, new
            {
                summary.Source, summary.Input, summary.Files,
                Counts = summary.Counts.ToDictionary(c => c.Key, c => c.Value),
            });
        else
            ImportSummaryView.Render(console, summary);
        return ExitCodes.Ok;
    }
}
