namespace ContrastiveTool.Core.Diagnostics;

/// <summary>What <see cref="TorchSelfCheck"/> found.</summary>
/// <param name="Loaded">Whether TorchSharp's native library loaded and the tensor work ran.</param>
/// <param name="NativeLibraryPath">The libLibTorchSharp file the process would load, when found.</param>
/// <param name="GlibcxxRequirement">The state of its GLIBCXX_3.4.32 requirement (patched weak, absent, ...).</param>
/// <param name="Threads">Torch's intra-op thread count.</param>
/// <param name="LossBefore">Loss of a tiny regression before one optimiser step.</param>
/// <param name="LossAfter">The same loss after the step (lower when backward and the step work).</param>
/// <param name="Error">The real loader error when loading failed.</param>
/// <param name="Fix">What to do about <paramref name="Error"/>.</param>
public sealed record TorchCheckResult(
    bool Loaded,
    string? NativeLibraryPath,
    string GlibcxxRequirement,
    int Threads,
    double LossBefore,
    double LossAfter,
    string? Error,
    string? Fix);
