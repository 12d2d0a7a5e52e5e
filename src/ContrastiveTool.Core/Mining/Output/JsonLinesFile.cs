using System.Text.Json;
using ContrastiveTool.Core.Data;

namespace ContrastiveTool.Core.Mining.Output;

/// <summary>Writes a JSON Lines file atomically (<see cref="AtomicFile"/>): the caller writes one object per row and
/// calls the end-of-row action after each; text stays readable (<see cref="JsonOutput.ReadableEncoder"/>).</summary>
public static class JsonLinesFile
{
    public static void Write(string path, Action<Utf8JsonWriter, Action> writeRows)
    {
        ArgumentNullException.ThrowIfNull(writeRows);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JsonOutput.ReadableEncoder });
            writeRows(writer, () =>
            {
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            });
        });
    }
}
