using System.Runtime.InteropServices;
using ContrastiveTool.Build;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Diagnostics;

/// <summary>Checks that TorchSharp works here: loads the native library, runs a forward pass, a backward pass and an optimiser step.</summary>
/// <remarks>When loading fails, TorchSharp's own message blames a missing package reference; this
/// check loads libLibTorchSharp directly first so the dynamic loader's real error (for example a
/// missing GLIBCXX version) is reported, with the fix.</remarks>
public static class TorchSelfCheck
{
    private const string NativeLibraryName = "libLibTorchSharp.so";

    /// <summary>Runs the check; never throws for a load failure (it is reported in the result).</summary>
    public static TorchCheckResult Run()
    {
        string? path = FindNativeLibrary();
        string requirement = DescribeRequirement(path);
        if (path is not null && !NativeLibrary.TryLoad(path, out _))
        {
            string loaderError = LoaderError(path);
            return Failed(path, requirement, loaderError);
        }
        try
        {
            var (before, after) = OneOptimiserStep();
            return new TorchCheckResult(true, path, requirement, torch.get_num_threads(), before, after, null, null);
        }
        catch (Exception exception) when (exception is DllNotFoundException or NotSupportedException or TypeInitializationException)
        {
            return Failed(path, requirement, exception.GetBaseException().Message);
        }
    }

    /// <summary>Fits y = 2x + 1 from zero weights with one AdamW step; returns the loss before and after.</summary>
    /// <remarks>Inputs come from a seeded generator and the weights start at zero, so the figures are the
    /// same on every run.</remarks>
    public static (double Before, double After) OneOptimiserStep()
    {
        using var scope = torch.NewDisposeScope();
        var generator = new Generator(seed: 7);
        var inputs = torch.rand(64, 1, generator: generator);                                // (64, 1)
        var targets = inputs * 2 + 1;                                                        // (64, 1)
        var weight = new Parameter(torch.zeros(1, 1));                                       // (1, 1)
        var bias = new Parameter(torch.zeros(1));                                            // (1)
        var optimizer = optim.AdamW([weight, bias], lr: 0.1);
        Tensor Loss() => nn.functional.mse_loss(inputs.matmul(weight) + bias, targets);      // ()
        var loss = Loss();
        double before = loss.item<float>();
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        using (torch.no_grad())
            return (before, Loss().item<float>());
    }

    private static TorchCheckResult Failed(string? path, string requirement, string error)
    {
        string fix = error.Contains("GLIBCXX", StringComparison.Ordinal)
            ? "libLibTorchSharp.so needs a newer libstdc++ than this system has. Rebuild or reinstall the tool " +
              "(scripts/install.sh): the build marks the GLIBCXX_3.4.32 requirement weak in every copy it ships."
            : path is null
                ? $"{NativeLibraryName} was not found next to the program. Reinstall the tool (scripts/install.sh)."
                : "Check that the libtorch files sit next to libLibTorchSharp.so and that `ldd` on it finds every library.";
        return new TorchCheckResult(false, path, requirement, 0, double.NaN, double.NaN, error, fix);
    }

    private static string LoaderError(string path)
    {
        try
        {
            NativeLibrary.Free(NativeLibrary.Load(path));
            return "unknown loader error";
        }
        catch (Exception exception)
        {
            return exception.Message;
        }
    }

    private static string? FindNativeLibrary()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        string root = AppContext.BaseDirectory;
        string[] candidates =
        [
            Path.Combine(root, NativeLibraryName),
            Path.Combine(root, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", NativeLibraryName),
            Path.Combine(root, "runtimes", "linux-x64", "native", NativeLibraryName),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }

    private static string DescribeRequirement(string? path)
    {
        if (path is null)
            return "not checked (library not found)";
        try
        {
            byte[] image = File.ReadAllBytes(path);
            return GlibcxxWeakVersionPatcher.PatchImage(image) switch
            {
                GlibcxxPatchOutcome.AlreadyWeak => $"{GlibcxxWeakVersionPatcher.VersionTag} weak (patched by the build)",
                GlibcxxPatchOutcome.NoRequirement => $"no {GlibcxxWeakVersionPatcher.VersionTag} requirement",
                _ => $"{GlibcxxWeakVersionPatcher.VersionTag} required (NOT patched)",
            };
        }
        catch (InvalidDataException exception)
        {
            return "unreadable: " + exception.Message;
        }
    }
}
