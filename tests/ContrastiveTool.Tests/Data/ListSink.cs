using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Tests.Data;

/// <summary>Keeps every rejected row, for assertions.</summary>
internal sealed class ListSink : IRejectSink
{
    public List<RejectedRow> Rows { get; } = [];

    public void Add(RejectedRow row) => Rows.Add(row);
}
