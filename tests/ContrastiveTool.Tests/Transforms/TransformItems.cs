using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Tests.Transforms;

/// <summary>A hand-made fixture: q1 has three answers (a1 10, a2 5, a3 1), q2 one (b1 7), q3 two (c1 4, c2 −2).</summary>
internal static class TransformItems
{
    public static IReadOnlyList<RankedQaItem> Three { get; } =
    [
        Item("q1", ("a1", 10), ("a2", 5), ("a3", 1)),
        Item("q2", ("b1", 7)),
        Item("q3", ("c1", 4), ("c2", -2)),
    ];

    public static RankedQaItem Item(string id, params (string Id, double Score)[] answers) =>
        new(new QaQuestion(id, "T" + id, ""), answers.Select((a, rank) => new QaAnswer(a.Id, "text " + a.Id, a.Score, false, rank)).ToList(), 1);

    /// <summary>Rows as compact text: <c>question:answer@rank(score)</c> plus negatives after <c>|</c>.</summary>
    public static string[] Rows(ContrastiveTool.Core.Transforms.TextBatch batch) =>
        batch.Pairs.Select(p => $"{p.QuestionId}:{p.Positive.Id}@{p.Positive.Rank}({p.Positive.Score})" +
                                (p.Negatives.Count == 0 ? "" : "|" + string.Join(",", p.Negatives.Select(n => n.Id))))
            .Concat(batch.Lists.Select(l => $"{l.QuestionId}:" + string.Join(",", l.Answers.Select(a => $"{a.Id}={a.Score:0.##}"))))
            .ToArray();
}
