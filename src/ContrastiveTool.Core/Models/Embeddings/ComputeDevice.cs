namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>Checks a <c>--device</c> value: this build runs on the CPU only.</summary>
public static class ComputeDevice
{
    /// <summary>Returns normally for <c>cpu</c>; explains what is missing for <c>cuda</c>; rejects anything else.</summary>
    /// <exception cref="UserInputException">Not <c>cpu</c>.</exception>
    public static void EnsureSupported(string device)
    {
        switch (device?.Trim().ToLowerInvariant())
        {
            case "cpu":
                return;
            case "cuda" or "gpu":
                throw new UserInputException(
                    "--device cuda: this build ships the CPU libtorch only (libtorch-cpu-linux-x64), so no CUDA backend is present. " +
                    "A CUDA build would reference the TorchSharp-cuda-linux package (and Microsoft.ML.OnnxRuntime.Gpu for minilm) instead; " +
                    "neither is available from this package mirror. Use --device cpu.");
            default:
                throw new UserInputException($"--device '{device}': use cpu (or cuda with a CUDA build)");
        }
    }
}
