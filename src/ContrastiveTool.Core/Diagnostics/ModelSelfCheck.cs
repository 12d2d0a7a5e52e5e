using System.Diagnostics;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Diagnostics;

/// <summary>Checks that ONNX Runtime and the packaged MiniLM work here: loads <c>minilm</c>, embeds a pinned sentence and
/// compares it with the values the packaged model is known to give.</summary>
public static class ModelSelfCheck
{
    public const string Sentence = "This is an example sentence";

    /// <summary>The first components of <see cref="Sentence"/>'s all-MiniLM-L6-v2 embedding.</summary>
    public static IReadOnlyList<float> Expected { get; } = [0.0677f, 0.0635f, 0.0487f, 0.0793f, 0.0374f];

    /// <summary>What the check found.</summary>
    public sealed record Result(bool Ok, string OnnxRuntimeVersion, double Milliseconds, IReadOnlyList<float> FirstComponents, string? Error);

    /// <summary>Runs the check; failures are reported in the result, never thrown.</summary>
    public static Result Run()
    {
        string version = "unknown";
        var clock = Stopwatch.StartNew();
        try
        {
            version = Microsoft.ML.OnnxRuntime.OrtEnv.Instance().GetVersionString();
            using var encoder = EncoderCatalog.Load("minilm");
            var embedding = EmbeddingRunner.Encode(encoder, [Sentence], new EncodeOptions());
            var first = embedding.Row(0)[..Expected.Count].ToArray();
            bool ok = first.Zip(Expected).All(p => Math.Abs(p.First - p.Second) <= 1e-3);
            return new Result(ok, version, clock.Elapsed.TotalMilliseconds, first,
                ok ? null : $"the embedding starts {string.Join(", ", first.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}, expected {string.Join(", ", Expected)}");
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or InvalidOperationException
                                              or IOException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            return new Result(false, version, clock.Elapsed.TotalMilliseconds, [], exception.GetBaseException().Message);
        }
    }
}
