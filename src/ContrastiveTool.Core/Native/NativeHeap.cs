using System.Runtime.InteropServices;

namespace ContrastiveTool.Core.Native;

/// <summary>Tunes glibc's allocator, which allocates every tensor's memory, so that large buffers are reused rather than
/// mapped afresh each time.</summary>
/// <remarks>
/// By default glibc serves each allocation over 32 MiB (and smaller ones before its threshold adapts) with a new
/// <c>mmap</c> and returns it on free, so every large temporary — a block of scores, a gathered batch, an activation —
/// is page-faulted in from zero again. In a virtual machine a fault is expensive: gathering 24,576 rows of 384 floats
/// (38 MB) took 80 ms that way and 2.5 ms with the memory reused, and whole mining runs were several times slower.
/// <see cref="ReuseLargeBlocks"/> turns off mmap for allocations (<c>M_MMAP_MAX = 0</c>: blocks come from the heap,
/// where freed ones are reused) and heap trimming (<c>M_TRIM_THRESHOLD</c>: freed memory stays with the process). The
/// price: resident memory does not shrink after a peak until the process ends, which suits a command-line job; the peak
/// itself is unchanged. Call it first thing in a process (the <c>contrastive</c> tool does); elsewhere than glibc it
/// does nothing. Relations: the benchmarks call it too, so they time what the tool does.
/// </remarks>
public static class NativeHeap
{
    private const int TrimThreshold = -1;   // M_TRIM_THRESHOLD
    private const int MmapMax = -4;         // M_MMAP_MAX

    /// <summary>Whether the settings were applied (false off Linux or without glibc's <c>mallopt</c>).</summary>
    public static bool Tuned { get; private set; }

    /// <summary>Large allocations from the reusable heap instead of fresh mappings; no trimming. Safe to call twice.</summary>
    public static bool ReuseLargeBlocks()
    {
        if (Tuned || !OperatingSystem.IsLinux())
            return Tuned;
        try
        {
            Tuned = mallopt(MmapMax, 0) == 1 && mallopt(TrimThreshold, int.MaxValue) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Tuned = false;                                                    // not glibc (e.g. musl): leave the allocator alone
        }
        return Tuned;
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);
}
