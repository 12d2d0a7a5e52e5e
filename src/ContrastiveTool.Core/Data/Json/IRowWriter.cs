namespace ContrastiveTool.Core.Data.Json;

/// <summary>Writes rows of type <typeparamref name="T"/> as JSON Lines in one output layout.</summary>
public interface IRowWriter<in T>
{
    /// <summary>Writes <paramref name="row"/> (one or more lines) and returns how many lines it wrote.</summary>
    int Write(JsonLinesFileWriter output, T row);
}
