namespace ContrastiveTool.Core.Training.Demo;

/// <summary>The sizes of <c>demo</c>: the main job on the bundled data, sized to finish in about ten minutes on 2 cores.</summary>
/// <param name="DataFolder">A folder with <c>train.jsonl</c> and <c>test.jsonl</c> (ranked QA); the bundled WordNet set by default.</param>
/// <param name="OutputDir">Where everything goes: the training subset, the mined negatives, each run, the report.</param>
/// <param name="TrainQuestions">Training questions (the first N of train.jsonl).</param>
/// <param name="TestQuestions">Test questions every model is judged on (the first N of test.jsonl).</param>
/// <param name="Negatives">Tiered negatives mined per question (split over the 4 tiers).</param>
/// <param name="Epochs">Passes over the training subset per run.</param>
/// <param name="Seed">Seeds the mining, the training and the report's statistics.</param>
/// <param name="StartModel">The model every run starts from and the baseline row: MiniLM's pretrained weights in TorchSharp
/// by default; <c>tiny-transformer</c> or <c>bow</c> for a quick look at the pipeline.</param>
public sealed record DemoOptions(string DataFolder, string OutputDir, int TrainQuestions = 1600, int TestQuestions = 500,
                                 int Negatives = 3, int Epochs = 1, int Seed = 42, string StartModel = "minilm-torch")
{

    /// <summary>The model that embeds the corpus for mining (the same weights, through ONNX: faster).</summary>
    public const string MiningModel = "minilm";

    /// <summary>The folder of the bundled data set next to the tool (<c>data/wordnet</c>).</summary>
    public static string BundledDataFolder => Path.Combine(AppContext.BaseDirectory, "data", "wordnet");
}
