namespace ContrastiveTool.Tests.Data.RankedQa;

/// <summary>Hand-written ranked-QA rows for reader tests.</summary>
internal static class QaRows
{
    public static string Good(string id, params (string Id, int Score)[] answers) =>
        $$"""{"question": {"id": "{{id}}", "title": "Title {{id}}", "body": "<p>Body of {{id}}</p>"}, "answers": [{{string.Join(", ",
            answers.Select(a => $$"""{"id": "{{a.Id}}", "body": "Answer {{a.Id}}", "score": {{a.Score}}}"""))}}]}""";

    public static string Good(string id) => Good(id, (id + "-a1", 5), (id + "-a2", 1));
}
