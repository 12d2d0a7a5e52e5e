namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>Receives every rejected row, in file order.</summary>
public interface IRejectSink
{
    /// <summary>Takes one rejected row.</summary>
    void Add(RejectedRow row);
}
