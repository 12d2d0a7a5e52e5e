using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Data.Formats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataValidate;

/// <summary><c>data validate</c>: reads every row, reports good and rejected rows; exit 1 when any row is rejected.</summary>
public sealed class DataValidateVerb(IAnsiConsole console) : Command<DataValidateSettings>
{
    public override int Execute(CommandContext context, DataValidateSettings settings, CancellationToken cancellationToken)
    {
        var format = DataFormatCatalog.Find(settings.Format);
        using var session = new ReadSession(settings.RejectsPath, userPath: settings.Rejects is not null);
        long size = new FileInfo(settings.File).Length;
        ProgressDisplay.Run(console, $"validating {Path.GetFileName(settings.File)}", size, () => session.Report.BytesRead,
            () => format.Validate(settings.File, session.Report, cancellationToken), settings.Quiet || settings.Json);
        session.Complete();
        if (settings.Json)
            RawJson.Write(console, ReadReportView.Summarise(settings.File, format.Name, session));
        else
            ReadReportView.Render(console, settings.File, format.Name, session);
        return session.Report.Rejected == 0 ? ExitCodes.Ok : ExitCodes.UserError;
    }
}
