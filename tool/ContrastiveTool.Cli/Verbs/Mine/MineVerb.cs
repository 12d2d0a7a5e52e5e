using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Mining.Search;
using ContrastiveTool.Core.Models.Encoders;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Mine;

/// <summary><c>mine</c>: mine negatives for every question of a ranked-QA file with a named strategy.</summary>
public sealed class MineVerb(IAnsiConsole console) : Command<MineSettings>
{
    public override int Execute(CommandContext context, MineSettings settings, CancellationToken cancellationToken)
    {
        var request = new MineRequest(settings.File, settings.Strategy, settings.Output,
            new MinerSettings(settings.Margin ?? 0.2,
                              new RangeOptions(settings.RangeMin, settings.RangeMax, settings.MaxScore, settings.MinScore, settings.Margin,
                                               settings.RelativeMargin, settings.Sampling),
                              settings.SameCluster, settings.Proportions, settings.AdjacentK),
            new MiningOptions(settings.Negatives, settings.Seed, settings.SameQuestion,
                SearchFactory: IndexNeighbourSearch.Factory(settings.IndexKind, settings.Index, new SearchIndexOptions(settings.Seed))),
            settings.Embeddings, settings.Model, settings.Cache, settings.Clusters,
            new KMeansRequest(settings.K, settings.MaxIterations, settings.Seed, settings.Clusterer),
            settings.CategoryField, settings.To, settings.ScoresOut, settings.ScoresDepth, new EncodeOptions());
        using var session = new ReadSession(settings.RejectsPath, settings.Rejects is not null);
        var report = MineProgressDisplay.Run(console, settings.Quiet || settings.Json,
                                             progress => MineService.Run(request, session.Report, progress, cancellationToken));
        session.Complete();
        if (settings.Json)
            RawJson.Write(console, MineSummaryView.ToJson(report));
        else
            MineSummaryView.Render(console, report);
        session.Report.EnsureRejectRatioAtMost(settings.MaxRejectRatio);
        return ExitCodes.Ok;
    }
}
