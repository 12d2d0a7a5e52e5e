namespace ContrastiveTool.Core.Data.Json;

/// <summary>Parses records on all cores in fixed-size batches and hands results back in file order.</summary>
/// <remarks>Memory is bounded by one batch of records; ordering (and so every downstream decision,
/// such as which duplicate is "the later row") is the same as a sequential parse.</remarks>
public sealed class ParallelRowParser<T>(IRowParser<T> parser, int batchSize = 256) where T : class
{
    private readonly IRowParser<T> _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <summary>Each record with its parse result, in the order <paramref name="records"/> yields them.</summary>
    public IEnumerable<(RawRecord Record, RowParseResult<T> Result)> Parse(
        IEnumerable<RawRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var batch = new List<RawRecord>(batchSize);
        var results = new RowParseResult<T>[batchSize];
        foreach (var record in records)
        {
            batch.Add(record);
            if (batch.Count < batchSize)
                continue;
            foreach (var item in ParseBatch(batch, results, cancellationToken))
                yield return item;
            batch.Clear();
        }
        foreach (var item in ParseBatch(batch, results, cancellationToken))
            yield return item;
    }

    private IEnumerable<(RawRecord, RowParseResult<T>)> ParseBatch(
        List<RawRecord> batch, RowParseResult<T>[] results, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, batch.Count, options, i => results[i] = _parser.Parse(batch[i]));
        for (int i = 0; i < batch.Count; i++)
            yield return (batch[i], results[i]);
    }
}
