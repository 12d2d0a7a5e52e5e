using System.Text.Json;
using ContrastiveTool.Core.Data;
using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Core.Training;

/// <summary>Where training stands, saved in every checkpoint as <c>trainer-state.json</c>: with the weights and the optimiser's
/// moments this is all a resume needs (data order and dropout are functions of the seed and the position).</summary>
/// <param name="Epoch">0-based epoch to continue with.</param>
/// <param name="Batch">0-based batch within that epoch to continue with.</param>
/// <param name="Step">Steps done.</param>
/// <param name="DocumentsSeen">Documents shown to the model so far.</param>
/// <param name="Config">The run's configuration.</param>
public sealed record TrainerState(int Epoch, int Batch, int Step, long DocumentsSeen, TrainConfig Config)
{
    public const string FileName = "trainer-state.json";

    public void Save(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, JsonOutput.Indented));

    public static TrainerState Load(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new UserInputException($"--resume: '{folder}' is not a training checkpoint (no {FileName}); give a checkpoint-epoch-N or checkpoint-step-N folder of an output_dir");
        return JsonSerializer.Deserialize<TrainerState>(File.ReadAllText(path), JsonOutput.Indented)
            ?? throw new UserInputException($"{path} is empty");
    }
}
