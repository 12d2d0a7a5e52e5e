using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>Writes ranked-QA rows as JSON Lines that <see cref="RankedQaReader"/> reads back unchanged.</summary>
/// <remarks>Row shape: <c>{"question": {"id", "title", "body", "category"?}, "answers": [{"id", "body", "score",
/// "is_accepted"?}]}</c>, answers in rank order; <c>category</c> only when set, <c>is_accepted</c> only when true.
/// Written to a temporary file and renamed into place by <see cref="Commit"/> (see <see cref="JsonLinesFileWriter"/>).</remarks>
public sealed class RankedQaWriter(JsonLinesFileWriter file) : IDisposable
{
    private readonly JsonLinesFileWriter _file = file ?? throw new ArgumentNullException(nameof(file));

    /// <summary>Writes to <paramref name="path"/>.</summary>
    public RankedQaWriter(string path) : this(new JsonLinesFileWriter(path))
    {
    }

    /// <summary>The final path (absolute).</summary>
    public string Path => _file.Path;

    /// <summary>Rows written so far.</summary>
    public long Count => _file.Rows;

    public void Write(RankedQaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _file.WriteObject(writer =>
        {
            writer.WriteStartObject("question");
            writer.WriteString("id", item.Question.Id);
            writer.WriteString("title", item.Question.Title);
            writer.WriteString("body", item.Question.Body);
            if (item.Question.Category is { } category)
                writer.WriteString("category", category);
            writer.WriteEndObject();
            writer.WriteStartArray("answers");
            foreach (var answer in item.Answers)
            {
                writer.WriteStartObject();
                writer.WriteString("id", answer.Id);
                writer.WriteString("body", answer.Body);
                if (answer.Score == Math.Floor(answer.Score) && Math.Abs(answer.Score) < 1e15)
                    writer.WriteNumber("score", (long)answer.Score);
                else
                    writer.WriteNumber("score", answer.Score);
                if (answer.IsAccepted)
                    writer.WriteBoolean("is_accepted", true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit() => _file.Commit();

    public void Dispose() => _file.Dispose();
}
