using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Formats;

/// <summary>Ranked Q&amp;A (StackExchange shape), JSON Lines or one JSON array.</summary>
public sealed class RankedQaFormat : IDataFormat
{
    /// <inheritdoc/>
    public string Name => "qa";

    /// <inheritdoc/>
    public string Description => "ranked Q&A: {question: {id, title, body}, answers: [{id, body, score, is_accepted}]}";

    /// <inheritdoc/>
    public void Validate(string path, ReadReport report, CancellationToken cancellationToken)
    {
        foreach (var _ in new RankedQaReader().Read(path, report, cancellationToken)) { }
    }
}
