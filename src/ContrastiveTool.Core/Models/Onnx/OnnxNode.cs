namespace ContrastiveTool.Core.Models.Onnx;

/// <summary>One operator of an ONNX graph: its type (<c>MatMul</c>, <c>Add</c>, ...) and the names of its inputs and outputs.</summary>
public sealed record OnnxNode(string OpType, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);
