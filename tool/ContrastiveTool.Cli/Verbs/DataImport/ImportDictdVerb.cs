using ContrastiveTool.Core.Data.Importers;
using ContrastiveTool.Core.Data.Importers.Dictd;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary><c>data import dictd</c>: {"anchor", "positive"} pairs from an installed dictd dictionary.</summary>
public sealed class ImportDictdVerb(IAnsiConsole console) : ImportVerb<ImportDictdSettings>(console)
{
    protected override ImportSummary Import(ImportDictdSettings settings, IProgress<ImportProgress> progress, CancellationToken cancellationToken) =>
        new DictdImporter(new DictdOptions(settings.Name, settings.Folder,
                settings.Senses ? true : settings.WholeEntries ? false : null, settings.NormalizeArabic, settings.Limit))
            .Import(settings.Output, progress, cancellationToken);
}
