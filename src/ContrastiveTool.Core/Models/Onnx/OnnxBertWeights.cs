using ContrastiveTool.Core.Models.Bert;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Onnx;

/// <summary>Copies a BERT ONNX export's initializers into a <see cref="BertModel"/>, parameter by parameter.</summary>
/// <remarks>Embeddings, LayerNorms and biases keep their PyTorch names in the export. The Linear weights do not:
/// the exporter folds each into a <c>MatMul</c> whose weight initializer has a numeric name (<c>927</c>) and an
/// <c>[in, out]</c> layout. So for a Linear <c>P</c> we follow <c>P.bias</c> → the <c>Add</c> that uses it →
/// the <c>MatMul</c> that feeds that Add → its weight initializer, and transpose it to PyTorch's <c>[out, in]</c>.</remarks>
public static class OnnxBertWeights
{
    /// <summary>Every parameter of <paramref name="model"/>, as <c>name → (shape, values)</c> read from <paramref name="graph"/>.</summary>
    /// <exception cref="InvalidOperationException">A parameter has no initializer, or shapes differ.</exception>
    public static void LoadInto(BertModel model, OnnxGraphReader graph)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(graph);
        var producers = graph.Nodes.SelectMany(n => n.Outputs.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n);
        using var noGrad = no_grad();
        foreach (var (name, parameter) in model.named_parameters())
        {
            using var scope = NewDisposeScope();
            var source = Find(graph, producers, name);
            var values = tensor(source.Values, source.Dims, dtype: ScalarType.Float32);
            if (!graph.Initializers.ContainsKey(name))
                values = values.t();                                                                 // [in, out] → [out, in]
            if (!values.shape.SequenceEqual(parameter.shape))
                throw new InvalidOperationException(
                    $"{name}: the ONNX initializer {source.Name} has shape [{string.Join(",", values.shape)}], the model [{string.Join(",", parameter.shape)}]");
            parameter.copy_(values);
        }
    }

    private static OnnxTensor Find(OnnxGraphReader graph, Dictionary<string, OnnxNode> producers, string name)
    {
        if (graph.Initializers.TryGetValue(name, out var direct))
            return direct;
        string bias = name.EndsWith(".weight", StringComparison.Ordinal) ? name[..^".weight".Length] + ".bias" : "";
        var add = graph.Nodes.FirstOrDefault(n => n.OpType == "Add" && n.Inputs.Contains(bias))
            ?? throw new InvalidOperationException($"{name}: no initializer, and no Add node uses {bias}");
        string product = add.Inputs.First(i => i != bias);
        if (producers.TryGetValue(product, out var matMul) && matMul.OpType == "MatMul"
            && graph.Initializers.TryGetValue(matMul.Inputs[1], out var weight))
            return weight;
        throw new InvalidOperationException($"{name}: the Add that uses {bias} is not fed by a MatMul with a weight initializer");
    }
}
