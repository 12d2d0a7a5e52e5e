namespace ContrastiveTool.Core.Models.Onnx;

/// <summary>One initializer of an ONNX graph: its name, shape and float32 values.</summary>
/// <remarks>Only float32 (ONNX data type 1) initializers keep their values; others keep name and shape.</remarks>
public sealed record OnnxTensor(string Name, long[] Dims, int DataType, float[] Values)
{
    /// <summary>ONNX TensorProto.DataType FLOAT.</summary>
    public const int Float = 1;
}
