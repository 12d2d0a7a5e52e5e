using ContrastiveTool.Core.Data.Importers;
using ContrastiveTool.Core.Data.Importers.WordNet;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary><c>data import wordnet</c>: a reverse-dictionary ranked-QA set (gloss → synset words).</summary>
public sealed class ImportWordNetVerb(IAnsiConsole console) : ImportVerb<ImportWordNetSettings>(console)
{
    protected override ImportSummary Import(ImportWordNetSettings settings, IProgress<ImportProgress> progress, CancellationToken cancellationToken) =>
        new WordNetImporter(new WordNetOptions(settings.Dict ?? WordNetOptions.DefaultDictFolder, settings.Train, settings.Test,
                settings.Seed, settings.MaxPerGrade, settings.PartsOfSpeech))
            .Import(settings.Output, progress, cancellationToken);
}
