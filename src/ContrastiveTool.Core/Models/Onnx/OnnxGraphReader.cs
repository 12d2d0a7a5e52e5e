using System.Runtime.InteropServices;

namespace ContrastiveTool.Core.Models.Onnx;

/// <summary>Reads the nodes and initializers of an ONNX model (a protobuf <c>ModelProto</c>) without ONNX's generated classes (see <see cref="ProtoReader"/>).</summary>
/// <remarks>Field numbers from onnx.proto: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5;
/// NodeProto.input = 1, output = 2, op_type = 4; TensorProto.dims = 1, data_type = 2, float_data = 4,
/// name = 8, raw_data = 9 (little-endian). Every other field is skipped. ONNX Runtime's C# API runs a graph
/// but does not expose its initializers, hence this reader (it lets minilm-torch load the packaged weights).</remarks>
public sealed class OnnxGraphReader
{
    private OnnxGraphReader(List<OnnxNode> nodes, Dictionary<string, OnnxTensor> initializers)
    {
        Nodes = nodes;
        Initializers = initializers;
    }

    public IReadOnlyList<OnnxNode> Nodes { get; }

    /// <summary>Initializers by name.</summary>
    public IReadOnlyDictionary<string, OnnxTensor> Initializers { get; }

    /// <summary>Parses a serialised ModelProto.</summary>
    public static OnnxGraphReader Parse(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var nodes = new List<OnnxNode>();
        var initializers = new Dictionary<string, OnnxTensor>();
        var input = new ProtoReader(model);
        while (!input.AtEnd)
        {
            var (field, wireType) = input.ReadTag();
            if (field != 7)
            {
                input.Skip(wireType);
                continue;
            }
            var graph = new ProtoReader(input.ReadSlice());
            while (!graph.AtEnd)
            {
                var (graphField, graphWireType) = graph.ReadTag();
                switch (graphField)
                {
                    case 1: nodes.Add(ReadNode(graph.ReadSlice())); break;
                    case 5: var tensor = ReadTensor(graph.ReadSlice()); initializers[tensor.Name] = tensor; break;
                    default: graph.Skip(graphWireType); break;
                }
            }
        }
        return new OnnxGraphReader(nodes, initializers);
    }

    private static OnnxNode ReadNode(ReadOnlyMemory<byte> bytes)
    {
        var input = new ProtoReader(bytes);
        var inputs = new List<string>();
        var outputs = new List<string>();
        string opType = "";
        while (!input.AtEnd)
        {
            var (field, wireType) = input.ReadTag();
            switch (field)
            {
                case 1: inputs.Add(input.ReadString()); break;
                case 2: outputs.Add(input.ReadString()); break;
                case 4: opType = input.ReadString(); break;
                default: input.Skip(wireType); break;
            }
        }
        return new OnnxNode(opType, inputs, outputs);
    }

    private static OnnxTensor ReadTensor(ReadOnlyMemory<byte> bytes)
    {
        var input = new ProtoReader(bytes);
        var dims = new List<long>();
        var floats = new List<float>();
        ReadOnlyMemory<byte> raw = default;
        string name = "";
        int dataType = 0;
        while (!input.AtEnd)
        {
            var (field, wireType) = input.ReadTag();
            bool packed = wireType == 2;
            switch (field)
            {
                case 1 when packed: ReadPacked(input, p => dims.Add((long)p.ReadVarint())); break;
                case 1: dims.Add((long)input.ReadVarint()); break;
                case 2: dataType = (int)input.ReadVarint(); break;
                case 4 when packed: ReadPacked(input, p => floats.Add(p.ReadFixedFloat())); break;
                case 4: floats.Add(input.ReadFixedFloat()); break;
                case 8: name = input.ReadString(); break;
                case 9: raw = input.ReadSlice(); break;
                default: input.Skip(wireType); break;
            }
        }
        float[] values = dataType != OnnxTensor.Float ? []
            : raw.Length > 0 ? MemoryMarshal.Cast<byte, float>(raw.Span).ToArray() : [.. floats];
        return new OnnxTensor(name, [.. dims], dataType, values);
    }

    private static void ReadPacked(ProtoReader input, Action<ProtoReader> readOne)
    {
        var packed = new ProtoReader(input.ReadSlice());
        while (!packed.AtEnd)
            readOne(packed);
    }
}
