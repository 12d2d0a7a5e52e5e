using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Mining.Sampling;
using ContrastiveTool.Core.Models.Encoders;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>Runs a strategy over every pair of a <see cref="MiningInput"/>, block by block, and checks the output.</summary>
/// <remarks>Per block of pairs: the never-negative items (the pair's positive, every positive of its query, the query
/// itself when it is also a corpus item, and the same-question answers when excluded or taken as tier 0) become a
/// padded (b, F) tensor; the strategy picks; tier-0 answers go first when asked; scores are gathered in one batched
/// product; <see cref="MiningValidation"/> checks the block. Deterministic: one seeded generator, blocks in order.</remarks>
public static class MiningEngine
{
    /// <summary>Mines <paramref name="miner"/>'s negatives for every pair.</summary>
    /// <param name="input">Queries, corpus, pairs and what is never a negative.</param>
    /// <param name="queries">Embeddings of <see cref="MiningInput.Queries"/>, in order.</param>
    /// <param name="corpus">Embeddings of <see cref="MiningInput.Corpus"/>, in order.</param>
    /// <param name="miner">The strategy.</param>
    /// <param name="options">Negatives per pair, seed, same-question handling, block size, search.</param>
    /// <param name="clusters">Corpus clusters (strategies that need them), else null.</param>
    /// <param name="progress">Pairs done, of the total.</param>
    /// <param name="cancellationToken">Checked between blocks and searches; nothing is returned when cancelled.</param>
    public static MiningResult Run(MiningInput input, EmbeddingMatrix queries, EmbeddingMatrix corpus, INegativeMiner miner, MiningOptions options,
                                   ClusterResult? clusters = null, IProgress<(long Done, long Total)>? progress = null,
                                   CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(miner);
        ArgumentNullException.ThrowIfNull(options);
        input.Validate();
        if (queries.Count != input.Queries.Count || corpus.Count != input.Corpus.Count || queries.Dimension != corpus.Dimension)
            throw new ArgumentException("one embedding per query and per corpus item, of one dimension");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Negatives, 1);
        if (miner.NeedsClusters && clusters is null)
            throw new UserInputException($"strategy '{miner.Name}' needs clusters: give --clusters, or --k to cluster the corpus");
        if (miner.NeedsCategories && (input.CorpusCategories is null || input.QueryCategories is null))
            throw new UserInputException($"strategy '{miner.Name}' needs a category per item: give --category-field NAME");
        int n = options.Negatives;
        int pairs = input.Pairs.Count;
        var (allNegatives, allTiers, allScores, allPositive) = (new long[pairs * n], new long[pairs * n], new float[pairs * n], new float[pairs]);
        var validation = new MiningValidation();
        using var outer = NewDisposeScope();
        var q = tensor(queries.Values, [queries.Count, queries.Dimension]);                     // (Q, d)
        var c = tensor(corpus.Values, [corpus.Count, corpus.Dimension]);                        // (N, d)
        var (codes, categoryCount) = CategoryCodes(input);
        using var context = new MiningContext(q, c, options.CreateSearch(c), n, options.Seed,
                                              clusters, codes.Query, codes.Corpus, categoryCount, cancellationToken);
        var (blocked, reasons) = NeverNegative(input, options.SameQuestion);                    // (Q, F), (Q, F)
        var sameQuestion = Padded(input.SameQuestion);                                          // (Q, S)
        var pairQuery = tensor(input.Pairs.Select(p => (long)p.Query).ToArray(), dtype: ScalarType.Int64);
        var pairPositive = tensor(input.Pairs.Select(p => (long)p.Positive).ToArray(), dtype: ScalarType.Int64);
        for (int start = 0; start < pairs; start += options.BlockSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            int size = Math.Min(options.BlockSize, pairs - start);
            var pq = pairQuery.narrow(0, start, size);                                          // (b)
            var positive = pairPositive.narrow(0, start, size);                                 // (b)
            var embedded = q.index(pq);                                                         // (b, d)
            var positiveScores = (embedded * c.index(positive)).sum(1);                         // (b)
            var rowBlocked = cat([positive.unsqueeze(1), blocked.index(pq)], 1);               // (b, 1 + F): the pair's positive first
            var rowReasons = cat([full(size, 1, (long)SkipReason.Positive, dtype: ScalarType.Int64), reasons.index(pq)], 1);
            var block = new MiningBlock(context, pq, positive, embedded, positiveScores, rowBlocked, rowReasons);
            var (negatives, tiers) = miner.Mine(block);                                         // (b, n), (b, n)
            if (options.SameQuestion == SameQuestionMode.Tier0)
                (negatives, tiers) = TierZeroFirst(sameQuestion.index(pq), negatives, tiers, n);
            var present = negatives.ge(0);
            var rows = c.index_select(0, negatives.clamp_min(0).flatten()).view(size, n, -1);  // (b, n, d)
            var scores = rows.bmm(embedded.unsqueeze(2)).squeeze(2)                              // (b, n)
                .masked_fill(present.logical_not(), float.NaN);
            var never = where(rowReasons.eq((long)SkipReason.Duplicate), full_like(rowBlocked, -1L), rowBlocked);
            validation.Add(negatives, tiers, never, context.CorpusCount, n);
            negatives.data<long>().CopyTo(allNegatives, start * n);
            tiers.data<long>().CopyTo(allTiers, start * n);
            scores.data<float>().CopyTo(allScores, start * n);
            positiveScores.data<float>().CopyTo(allPositive, start);
            progress?.Report((start + size, pairs));
        }
        if (miner.TierTargets is { } targets)
            validation.TierExpected = Expected(targets, pairs, validation, options.SameQuestion == SameQuestionMode.Tier0);
        return new MiningResult(allNegatives, allTiers, allScores, allPositive, n, context.Counters, validation);
    }

    /// <summary>Tier 0 (the question's own lower-ranked answers, best first) ahead of the strategy's picks, n in all.</summary>
    private static (Tensor Negatives, Tensor Tiers) TierZeroFirst(Tensor sameQuestion, Tensor negatives, Tensor tiers, int n)
    {
        var own = where(sameQuestion.ge(0), sameQuestion * 8, full_like(sameQuestion, -1L));  // tier 0 packed as pick·8 + 0
        var mined = where(negatives.ge(0), negatives * 8 + tiers, full_like(negatives, -1L));
        var packed = cat([own, mined], 1);                                                     // (b, S + n)
        var compact = FirstValid.Take(packed, zeros_like(packed), n).Picks;                    // (b, n)
        var valid = compact.ge(0);
        return (where(valid, compact.div(8, rounding_mode: RoundingMode.floor), compact), where(valid, compact.remainder(8), compact));
    }

    private static long[] Expected(IReadOnlyList<int> targets, int pairs, MiningValidation validation, bool tierZero)
    {
        var expected = targets.Select(t => (long)t * pairs).ToArray();
        if (tierZero)
            expected[0] = validation.TierCounts[0];   // tier 0 takes what the questions have; the tiers share the rest
        return expected;
    }

    /// <summary>(Q, F) items never to return per query, with their reasons: positives, the query itself, excluded or tier-0 answers.</summary>
    private static (Tensor Blocked, Tensor Reasons) NeverNegative(MiningInput input, SameQuestionMode mode)
    {
        var corpusIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < input.Corpus.Count; i++)
            corpusIndex.TryAdd(input.Corpus[i].Id, i);
        var rows = new List<(int Item, SkipReason Reason)[]>(input.Queries.Count);
        for (int query = 0; query < input.Queries.Count; query++)
        {
            var row = input.Positives[query].Select(p => (p, SkipReason.Positive)).ToList();
            if (corpusIndex.TryGetValue(input.Queries[query].Id, out int self))
                row.Add((self, SkipReason.Query));
            if (mode != SameQuestionMode.Candidate)
                row.AddRange(input.SameQuestion[query].Select(s => (s, mode == SameQuestionMode.Exclude ? SkipReason.SameQuestion : SkipReason.Duplicate)));
            rows.Add(row.ToArray());
        }
        int width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var items = new long[rows.Count * width];
        var why = new long[rows.Count * width];
        Array.Fill(items, -1L);
        for (int r = 0; r < rows.Count; r++)
            for (int j = 0; j < rows[r].Length; j++)
                (items[r * width + j], why[r * width + j]) = (rows[r][j].Item, (long)rows[r][j].Reason);
        return (tensor(items, [rows.Count, width], dtype: ScalarType.Int64), tensor(why, [rows.Count, width], dtype: ScalarType.Int64));
    }

    private static Tensor Padded(IReadOnlyList<int[]> lists)
    {
        int width = lists.Count == 0 ? 0 : lists.Max(l => l.Length);
        var values = new long[lists.Count * width];
        Array.Fill(values, -1L);
        for (int r = 0; r < lists.Count; r++)
            for (int j = 0; j < lists[r].Length; j++)
                values[r * width + j] = lists[r][j];
        return tensor(values, [lists.Count, width], dtype: ScalarType.Int64);
    }

    private static ((int[]? Query, int[]? Corpus), int Count) CategoryCodes(MiningInput input)
    {
        if (input.QueryCategories is null || input.CorpusCategories is null)
            return ((null, null), 0);
        var names = input.QueryCategories.Concat(input.CorpusCategories).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var code = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        int Code(string? name) => name is null ? -1 : code[name];
        return ((input.QueryCategories.Select(Code).ToArray(), input.CorpusCategories.Select(Code).ToArray()), names.Count);
    }
}
