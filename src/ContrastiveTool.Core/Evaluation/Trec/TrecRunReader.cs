using System.Buffers.Text;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Reads a TREC run file: <c>qid Q0 docid rank score tag</c> per line, whitespace-separated.</summary>
/// <remarks>
/// As trec_eval: the Q0, rank and tag columns are ignored (documents are ranked by score later). Rejected: a line
/// without exactly 6 fields, a score that is not a finite number, a document listed twice for the same query (the
/// first line is kept).
/// </remarks>
public static class TrecRunReader
{
    /// <summary>Reads <paramref name="path"/>, numbering queries and documents in the given tables.</summary>
    public static TrecRun Read(string path, IdTable queries, IdTable documents, ReadReport report, CancellationToken cancellationToken = default)
    {
        using var stream = TrecLineReader.Open(path);
        return Read(stream, queries, documents, report, cancellationToken);
    }

    /// <summary>Reads run lines from <paramref name="stream"/>.</summary>
    public static TrecRun Read(Stream stream, IdTable queries, IdTable documents, ReadReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        var run = new TrecRun();
        var seen = new HashSet<long>();
        TrecLineReader.Read(stream, 6, "qid Q0 docid rank score tag", report, (line, fields) =>
        {
            var text = line[fields[4]];
            if (!Utf8Parser.TryParse(text, out double score, out int used) || used != text.Length || !double.IsFinite(score))
                return (TrecRejectReasons.BadScore, $"score '{TrecLineReader.Text(text)}' is not a finite number");
            int query = queries.Intern(line[fields[0]]);
            int document = documents.Intern(line[fields[2]]);
            if (!seen.Add(TrecLineReader.Pair(query, document)))
                return (TrecRejectReasons.DuplicateDocument,
                    $"query '{queries.Names[query]}' already lists document '{documents.Names[document]}'; the first line is kept");
            run.Queries.Add(query);
            run.Documents.Add(document);
            run.Scores.Add(score);
            return null;
        }, cancellationToken);
        return run;
    }
}
