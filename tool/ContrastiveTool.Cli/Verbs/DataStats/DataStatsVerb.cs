using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Data.Formats;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataStats;

/// <summary><c>data stats</c>: counts and distributions of a data file (ranked QA by default; any format with --format).</summary>
public sealed class DataStatsVerb(IAnsiConsole console) : Command<DataStatsSettings>
{
    public override int Execute(CommandContext context, DataStatsSettings settings, CancellationToken cancellationToken)
    {
        var format = DataFormatCatalog.Find(settings.Format);
        if (format is not RankedQaFormat)
            return Describe(format as IStatisticsFormat ?? throw new UserInputException($"data stats does not describe --format {format.Name}"), settings, cancellationToken);
        using var session = new ReadSession(settings.RejectsPath, userPath: settings.Rejects is not null);
        var collector = new QaStatisticsCollector();
        long size = new FileInfo(settings.File).Length;
        ProgressDisplay.Run(console, $"reading {Path.GetFileName(settings.File)}", size, () => session.Report.BytesRead, () =>
        {
            foreach (var item in new RankedQaReader().Read(settings.File, session.Report, cancellationToken))
                collector.Add(item);
        }, settings.Quiet || settings.Json);
        session.Complete();
        var statistics = collector.Build();
        if (settings.Json)
            RawJson.Write(console, new { read = ReadReportView.Summarise(settings.File, "qa", session), statistics });
        else
        {
            QaStatisticsView.Render(console, statistics);
            if (session.Report.Rejected > 0)
                ReadReportView.Render(console, settings.File, "qa", session);
        }
        session.Report.EnsureRejectRatioAtMost(settings.MaxRejectRatio);
        return ExitCodes.Ok;
    }

    private int Describe(IStatisticsFormat format, DataStatsSettings settings, CancellationToken cancellationToken)
    {
        using var session = new ReadSession(settings.RejectsPath, userPath: settings.Rejects is not null);
        DataStatistics? statistics = null;
        long size = new FileInfo(settings.File).Length;
        ProgressDisplay.Run(console, $"reading {Path.GetFileName(settings.File)}", size, () => session.Report.BytesRead,
            () => statistics = format.Describe(settings.File, session.Report, cancellationToken), settings.Quiet || settings.Json);
        session.Complete();
        if (settings.Json)
            RawJson.Write(console, new { read = ReadReportView.Summarise(settings.File, format.Name, session), statistics = DataStatisticsView.ToJson(statistics!) });
        else
        {
            DataStatisticsView.Render(console, statistics!);
            if (session.Report.Rejected > 0)
                ReadReportView.Render(console, settings.File, format.Name, session);
        }
        session.Report.EnsureRejectRatioAtMost(settings.MaxRejectRatio);
        return ExitCodes.Ok;
    }
}
