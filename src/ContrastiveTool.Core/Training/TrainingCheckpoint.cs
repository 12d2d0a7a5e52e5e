using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Training;

/// <summary>A training checkpoint folder: the encoder as an <see cref="EncoderCheckpoint"/> (so <c>embed</c>/<c>eval --model</c>
/// load it), plus <c>optimizer.safetensors</c> (AdamW moments) and <c>trainer-state.json</c>.</summary>
/// <remarks>Written to a temporary sibling folder and renamed into place, so an interrupted save leaves no half checkpoint.</remarks>
public static class TrainingCheckpoint
{
    public const string OptimizerFile = "optimizer.safetensors";
    private const string Prefix = "checkpoint-";

    public static string Save(string outputDir, string name, TorchSentenceEncoder encoder, AdamW optimizer, TrainerState state)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(state);
        string folder = Path.Combine(outputDir, Prefix + name);
        string temporary = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        EncoderCheckpoint.Save(encoder, temporary);
        optimizer.Save(Path.Combine(temporary, OptimizerFile));
        state.Save(temporary);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.Move(temporary, folder);
        return folder;
    }

    /// <summary>The folder <paramref name="resumeFrom"/> names; <c>latest</c> is the checkpoint with the most steps under <paramref name="outputDir"/>.</summary>
    public static string Resolve(string resumeFrom, string outputDir)
    {
        ArgumentNullException.ThrowIfNull(resumeFrom);
        if (!string.Equals(resumeFrom, "latest", StringComparison.OrdinalIgnoreCase))
            return Directory.Exists(resumeFrom) ? resumeFrom
                : throw new UserInputException($"--resume: no such folder: '{resumeFrom}'");
        var newest = Directory.Exists(outputDir)
            ? Directory.GetDirectories(outputDir, Prefix + "*").Where(d => !d.Contains(".tmp-", StringComparison.Ordinal)
                  && File.Exists(Path.Combine(d, TrainerState.FileName)))
                .OrderByDescending(d => TrainerState.Load(d).Step).FirstOrDefault()
            : null;
        return newest ?? throw new UserInputException($"--resume latest: no checkpoint under '{outputDir}'");
    }

    /// <summary>Loads the weights into <paramref name="encoder"/> and the moments into <paramref name="optimizer"/>; returns the state.</summary>
    public static TrainerState Load(string folder, TorchSentenceEncoder encoder, AdamW optimizer)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(optimizer);
        var state = TrainerState.Load(folder);
        using var saved = EncoderCheckpoint.Load(folder);
        var weights = saved.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using (TorchSharp.torch.no_grad())
            foreach (var (name, parameter) in encoder.named_parameters())
                parameter.copy_(weights.TryGetValue(name, out var value) ? value
                    : throw new UserInputException($"--resume: {folder} has no weight {name}; was it written by this configuration?"));
        optimizer.Load(Path.Combine(folder, OptimizerFile));
        return state;
    }
}
