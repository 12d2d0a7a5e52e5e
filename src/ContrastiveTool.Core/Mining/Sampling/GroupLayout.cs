using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Sampling;

/// <summary>Items grouped by a label (a cluster, a category), as tensors: the members of group g are
/// <c>Members[Offsets[g] .. Offsets[g] + Sizes[g])</c>, in item order. Items labelled −1 belong to no group.</summary>
public sealed class GroupLayout : IDisposable
{
    public GroupLayout(IReadOnlyList<int> labels, int groups)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(groups, 1);
        Labels = tensor(labels.Select(l => (long)l).ToArray(), dtype: ScalarType.Int64);       // (N)
        using var scope = NewDisposeScope();
        var grouped = Labels.ge(0);
        var order = Labels.masked_fill(grouped.logical_not(), groups).sort(stable: true).Indices; // (N) by label, then id
        Members = order.narrow(0, 0, grouped.sum().item<long>()).MoveToOuterDisposeScope();     // (N')
        Sizes = Labels.masked_select(grouped).bincount(null, groups).MoveToOuterDisposeScope(); // (G)
        Offsets = (Sizes.cumsum(0) - Sizes).MoveToOuterDisposeScope();                           // (G)
        GroupCount = groups;
    }

    /// <summary>The number of groups G.</summary>
    public int GroupCount { get; }

    /// <summary>(N) each item's group, −1 for none.</summary>
    public Tensor Labels { get; }

    /// <summary>(N') the grouped items, by group then item index.</summary>
    public Tensor Members { get; }

    /// <summary>(G) members per group.</summary>
    public Tensor Sizes { get; }

    /// <summary>(G) where each group starts in <see cref="Members"/>.</summary>
    public Tensor Offsets { get; }

    public void Dispose()
    {
        Labels.Dispose();
        Members.Dispose();
        Sizes.Dispose();
        Offsets.Dispose();
    }
}
