using System.Buffers.Text;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Reads a TREC qrels file: <c>qid iteration docid relevance</c> per line, whitespace-separated.</summary>
/// <remarks>
/// As trec_eval: the iteration column is ignored; relevance is a whole number, ≥ 1 relevant, 0 (or negative) judged
/// non-relevant. Rejected: a line without exactly 4 fields, a relevance that is not a whole number, a second judgment
/// of the same (query, document) pair.
/// </remarks>
public static class TrecQrelsReader
{
    /// <summary>Reads <paramref name="path"/>, numbering queries and documents in the given tables.</summary>
    public static TrecQrels Read(string path, IdTable queries, IdTable documents, ReadReport report, CancellationToken cancellationToken = default)
    {
        using var stream = TrecLineReader.Open(path);
        return Read(stream, queries, documents, report, cancellationToken);
    }

    /// <summary>Reads qrels lines from <paramref name="stream"/>.</summary>
    public static TrecQrels Read(Stream stream, IdTable queries, IdTable documents, ReadReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        var qrels = new TrecQrels();
        var seen = new HashSet<long>();
        TrecLineReader.Read(stream, 4, "qid iteration docid relevance", report, (line, fields) =>
        {
            var relevance = line[fields[3]];
            if (!Utf8Parser.TryParse(relevance, out int grade, out int used) || used != relevance.Length)
                return (TrecRejectReasons.BadRelevance, $"relevance '{TrecLineReader.Text(relevance)}' is not a whole number");
            int query = queries.Intern(line[fields[0]]);
            int document = documents.Intern(line[fields[2]]);
            if (!seen.Add(TrecLineReader.Pair(query, document)))
                return (TrecRejectReasons.DuplicateJudgment,
                    $"query '{queries.Names[query]}' already judges document '{documents.Names[document]}'; the first judgment is kept");
            qrels.Queries.Add(query);
            qrels.Documents.Add(document);
            qrels.Grades.Add(grade);
            return null;
        }, cancellationToken);
        return qrels;
    }
}
