using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Data.Conversion;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataConvert;

/// <summary><c>data convert</c>: reads a file in one format and writes another; bad rows go to the rejects file.</summary>
public sealed class DataConvertVerb(IAnsiConsole console) : Command<DataConvertSettings>
{
    public override int Execute(CommandContext context, DataConvertSettings settings, CancellationToken cancellationToken)
    {
        var converter = ConverterCatalog.Find(settings.From, settings.To);
        var request = settings.ToRequest();
        using var session = new ReadSession(settings.RejectsPath, userPath: settings.Rejects is not null);
        long size = new FileInfo(settings.File).Length;
        ConversionSummary? summary = null;
        ProgressDisplay.Run(console, $"converting {Path.GetFileName(settings.File)}", size, () => session.Report.BytesRead,
            () => summary = converter.Convert(request, session.Report, cancellationToken), settings.Quiet || settings.Json);
        session.Complete();
        var view = new ConversionSummaryView(settings.File, converter, Path.GetFullPath(settings.Output), session, summary!);
        if (settings.Json)
            RawJson.Write(console, view.ToJson());
        else
            view.Render(console);
        session.Report.EnsureRejectRatioAtMost(settings.MaxRejectRatio);
        return ExitCodes.Ok;
    }
}
