using System.Text.Json;
using System.Text.Json.Serialization;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Models.Tokenization;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Checkpoints;

/// <summary>Saves and loads a <see cref="TorchSentenceEncoder"/> as a folder: <c>config.json</c> (the
/// <see cref="TorchEncoderSpec"/> and name), <c>model.safetensors</c> (every parameter by name) and <c>vocab.txt</c>.</summary>
/// <remarks>The folder is accepted wherever a model name is (<c>--model ./out/checkpoint-3</c>). Parameter names are
/// the module's (<c>body.encoder.layer.0.attention.self.query.weight</c>), so Python can read them too.</remarks>
public static class EncoderCheckpoint
{
    public const string ConfigFile = "config.json";
    public const string WeightsFile = "model.safetensors";
    public const string VocabularyFile = "vocab.txt";
    private const string Format = "contrastive-encoder/1";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes <paramref name="encoder"/> into <paramref name="folder"/> (created if missing).</summary>
    public static void Save(TorchSentenceEncoder encoder, string folder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        Directory.CreateDirectory(folder);
        var tensors = new List<SafeTensor>();
        foreach (var (name, parameter) in encoder.named_parameters())
        {
            using var cpu = parameter.detach().cpu().contiguous();
            tensors.Add(SafeTensor.FromFloats(name, cpu.shape, cpu.data<float>().ToArray()));
        }
        SafeTensorsFile.Write(Path.Combine(folder, WeightsFile), tensors, new Dictionary<string, string> { ["format"] = Format });
        File.WriteAllLines(Path.Combine(folder, VocabularyFile), encoder.Tokenizer.Vocabulary);
        var config = new CheckpointConfig(Format, encoder.Name, encoder.Dimension, encoder.Spec);
        File.WriteAllText(Path.Combine(folder, ConfigFile), JsonSerializer.Serialize(config, Json));
    }

    /// <summary>Writes <paramref name="encoder"/> to a temporary folder beside <paramref name="folder"/>, then moves it into
    /// place (replacing an older one), so an interrupted save leaves no half-written checkpoint.</summary>
    /// <returns>The folder.</returns>
    public static string SaveReplacing(TorchSentenceEncoder encoder, string folder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string temporary = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        Save(encoder, temporary);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.Move(temporary, folder);
        return folder;
    }

    /// <summary>Rebuilds the encoder saved in <paramref name="folder"/>.</summary>
    /// <exception cref="UserInputException">The folder is missing or is not a checkpoint.</exception>
    public static TorchSentenceEncoder Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string configPath = Path.Combine(folder, ConfigFile);
        if (!File.Exists(configPath))
            throw new UserInputException($"'{folder}' is not a checkpoint folder (no {ConfigFile}); give a model name ({string.Join(", ", EncoderCatalog.All.Select(d => d.Name))}) or a folder written by training");
        var config = JsonSerializer.Deserialize<CheckpointConfig>(File.ReadAllText(configPath), Json)
            ?? throw new UserInputException($"{configPath} is empty");
        if (config.Format != Format)
            throw new UserInputException($"{configPath}: format '{config.Format}' is not '{Format}'");
        using var vocab = File.OpenRead(Path.Combine(folder, VocabularyFile));
        var tokenizer = WordPieceTextTokenizer.FromVocabulary(vocab, config.Spec.NormalizeArabic);
        var encoder = new TorchSentenceEncoder(config.Name, config.Spec, tokenizer);
        var (tensors, _) = SafeTensorsFile.Read(Path.Combine(folder, WeightsFile));
        using var noGrad = no_grad();
        foreach (var (name, parameter) in encoder.named_parameters())
        {
            if (!tensors.TryGetValue(name, out var saved) || !saved.Shape.SequenceEqual(parameter.shape))
                throw new UserInputException($"{folder}: {WeightsFile} has no tensor {name} of shape [{string.Join(",", parameter.shape)}]");
            using var values = tensor(saved.ToFloats(), saved.Shape);
            parameter.copy_(values);
        }
        return encoder;
    }

    /// <summary>config.json.</summary>
    private sealed record CheckpointConfig(string Format, string Name, int Dimension, TorchEncoderSpec Spec);
}
