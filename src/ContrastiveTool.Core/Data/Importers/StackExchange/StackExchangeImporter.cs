using System.Globalization;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Importers.StackExchange;

/// <summary><c>data import stackexchange</c>: Kaggle's StackExchange dump layout (e.g. statsquestions) to ranked QA.</summary>
/// <remarks>Reads <c>Answers.csv</c> (Id, OwnerUserId, CreationDate, ParentId, Score, Body) first, grouping answers by
/// question, then <c>Questions.csv</c> (Id, OwnerUserId, CreationDate, Score, Title, Body) in file order, writing
/// every question that has an answer to <c>qa.jsonl</c> with its answers best-scored first (ties in file order).
/// Bodies are HTML (quoted, multi-line), stripped to plain text; the files may be UTF-8 or Latin-1. Questions without
/// answers and answers whose question is not in Questions.csv are counted, not written. The dump has no accepted
/// flag, so none is invented. Bad rows go to <c>questions.rejects.jsonl</c> / <c>answers.rejects.jsonl</c> with their
/// line and reason (files written only when a row was rejected).</remarks>
public sealed class StackExchangeImporter(string folder, int limit = 0)
{
    private static readonly string[] QuestionColumns = ["Id", "OwnerUserId", "CreationDate", "Score", "Title", "Body"];
    private static readonly string[] AnswerColumns = ["Id", "OwnerUserId", "CreationDate", "ParentId", "Score", "Body"];

    /// <summary>Reads both files and writes <c>qa.jsonl</c> (and any rejects files) into <paramref name="outputFolder"/>.</summary>
    public ImportSummary Import(string outputFolder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ImportSources.RequireFolder(folder, "the StackExchange dump folder");
        string questionsPath = ImportSources.RequireFile(Path.Combine(folder, "Questions.csv"), "Questions.csv"),
               answersPath = ImportSources.RequireFile(Path.Combine(folder, "Answers.csv"), "Answers.csv");
        using var outputs = new ImportOutputs(outputFolder);
        var qa = new RankedQaWriter(outputs.Open("qa", "qa.jsonl"));
        var questionRejects = new RejectsFileWriter(outputs.Open("rejects", "questions.rejects.jsonl", keepEmpty: false));
        var answerRejects = new RejectsFileWriter(outputs.Open("rejects", "answers.rejects.jsonl", keepEmpty: false));

        var answers = new StackExchangeCsvFile(answersPath, AnswerColumns, answerRejects);
        var byQuestion = new Dictionary<string, List<QaAnswer>>(StringComparer.Ordinal);
        var answerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, field) in answers.Rows(row => CheckAnswer(row, answerIds), cancellationToken))
        {
            string parent = field("ParentId").Trim();
            if (!byQuestion.TryGetValue(parent, out var list))
                byQuestion[parent] = list = [];
            list.Add(new QaAnswer(field("Id").Trim(), HtmlText.ToPlainText(field("Body")), Score(field("Score")), false, list.Count));
            Report(progress, "reading Answers.csv", answers);
        }

        var questions = new StackExchangeCsvFile(questionsPath, QuestionColumns, questionRejects);
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        long withoutAnswers = 0, answered = 0;
        foreach (var (line, field) in questions.Rows(row => CheckQuestion(row, questionIds), cancellationToken))
        {
            string id = field("Id").Trim();
            if (!byQuestion.TryGetValue(id, out var list))
                withoutAnswers++;
            else
            {
                answered++;
                var ranked = list.OrderByDescending(a => a.Score).ThenBy(a => a.Rank).Select((a, rank) => a with { Rank = rank }).ToList();
                qa.Write(new RankedQaItem(new QaQuestion(id, HtmlText.ToPlainText(field("Title")), HtmlText.ToPlainText(field("Body"))), ranked, line));
            }
            Report(progress, "reading Questions.csv", questions);
            if (limit > 0 && qa.Count >= limit)
                break;
        }
        long orphans = byQuestion.Where(p => !questionIds.Contains(p.Key)).Sum(p => (long)p.Value.Count);
        return new ImportSummary("stackexchange", folder, outputs.Commit(),
        [
            new("questions read", questions.Good),
            new("questions with answers (written)", answered),
            new("questions without answers", withoutAnswers),
            new("answers read", answers.Good),
            new("answers to questions not read", orphans),
            new("questions rejected", questions.Rejected),
            new("answers rejected", answers.Rejected),
        ]);
    }

    private static (string, string)? CheckAnswer(Func<string, string> field, HashSet<string> ids) =>
        CheckId(field) ?? (!StackExchangeCsvFile.IsInteger(field("ParentId"))
            ? (StackExchangeRejectReasons.NonNumericParentId, $"ParentId is '{field("ParentId")}', expected an integer")
            : CheckScore(field) ?? CheckText(field, "Body", StackExchangeRejectReasons.EmptyBody) ?? CheckUnique(field, ids));

    private static (string, string)? CheckQuestion(Func<string, string> field, HashSet<string> ids) =>
        CheckId(field) ?? CheckScore(field) ?? CheckText(field, "Title", StackExchangeRejectReasons.EmptyTitle) ?? CheckUnique(field, ids);

    private static (string, string)? CheckId(Func<string, string> field) =>
        StackExchangeCsvFile.IsInteger(field("Id")) ? null : (StackExchangeRejectReasons.NonNumericId, $"Id is '{field("Id")}', expected an integer");

    // Last, so that only good rows claim an id.
    private static (string, string)? CheckUnique(Func<string, string> field, HashSet<string> ids) =>
        ids.Add(field("Id").Trim()) ? null : (StackExchangeRejectReasons.DuplicateId, $"Id {field("Id").Trim()} was already read on an earlier row; the later row is rejected");

    private static (string, string)? CheckScore(Func<string, string> field) =>
        StackExchangeCsvFile.IsInteger(field("Score")) ? null : (StackExchangeRejectReasons.NonNumericScore, $"Score is '{field("Score")}', expected an integer");

    private static (string, string)? CheckText(Func<string, string> field, string column, string reason) =>
        HtmlText.ToPlainText(field(column)).Length > 0 ? null : (reason, $"{column} is empty (after removing HTML)");

    private static double Score(string text) => long.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static void Report(IProgress<ImportProgress>? progress, string stage, StackExchangeCsvFile file)
    {
        if (progress is not null && (file.Good + file.Rejected) % 256 == 0)
            progress.Report(new ImportProgress(stage, file.Done, file.Size));
    }
}
