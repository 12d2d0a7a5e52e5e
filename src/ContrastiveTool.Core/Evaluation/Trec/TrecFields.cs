namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Splits a TREC line into whitespace-separated fields (spaces and tabs, as trec_eval).</summary>
internal static class TrecFields
{
    /// <summary>Fills <paramref name="fields"/> with up to its length; returns how many fields the line has (may exceed it).</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int count = 0, i = 0;
        while (true)
        {
            while (i < line.Length && IsSpace(line[i])) i++;
            if (i == line.Length)
                return count;
            int start = i;
            while (i < line.Length && !IsSpace(line[i])) i++;
            if (count < fields.Length)
                fields[count] = new Range(start, i);
            count++;
        }
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r';
}
