using System.Text.RegularExpressions;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.RankedQa;

namespace EmbedBench;

/// <summary>Real sentences for the benchmark: the bundled sample's question titles and answers, split at sentence ends.</summary>
/// <remarks>The sample has fewer distinct sentences than asked for, so the list cycles through them in order
/// (deterministic; every run encodes the same texts).</remarks>
internal static partial class BenchSentences
{
    public static string[] Load(string path, int count)
    {
        var sentences = new List<string>();
        foreach (var item in new RankedQaReader().Read(path, new ReadReport()))
        {
            sentences.Add(item.Question.Title);
            foreach (var answer in item.Answers)
                sentences.AddRange(SentenceEnd().Split(answer.Body).Select(s => s.Trim()).Where(s => s.Length >= 20));
        }
        return Enumerable.Range(0, count).Select(i => sentences[i % sentences.Count]).ToArray();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
