using ContrastiveTool.Core.Data.Importers;
using ContrastiveTool.Core.Data.Importers.Quran;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary><c>data import quran</c>: English verse → Arabic verse ranked QA, split by surah.</summary>
public sealed class ImportQuranVerb(IAnsiConsole console) : ImportVerb<ImportQuranSettings>(console)
{
    protected override ImportSummary Import(ImportQuranSettings settings, IProgress<ImportProgress> progress, CancellationToken cancellationToken) =>
        new QuranImporter(new QuranOptions(settings.QuranJson ?? QuranOptions.DefaultQuranJson,
                settings.QuranMeta ?? QuranOptions.DefaultQuranMetaFolder, settings.TestSurahs, settings.Seed, settings.MaxSameRuku))
            .Import(settings.Output, progress, cancellationToken);
}
