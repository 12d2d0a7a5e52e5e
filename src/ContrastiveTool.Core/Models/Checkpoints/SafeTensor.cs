using System.Runtime.InteropServices;

namespace ContrastiveTool.Core.Models.Checkpoints;

/// <summary>One named tensor of a <c>.safetensors</c> file: dtype (<c>F32</c>, <c>I64</c>), shape and raw little-endian bytes.</summary>
public sealed record SafeTensor(string Name, string DType, long[] Shape, byte[] Data)
{
    /// <summary>A float32 tensor.</summary>
    public static SafeTensor FromFloats(string name, long[] shape, ReadOnlySpan<float> values) =>
        new(name, "F32", shape, MemoryMarshal.AsBytes(values).ToArray());

    /// <summary>An int64 tensor.</summary>
    public static SafeTensor FromInt64(string name, long[] shape, ReadOnlySpan<long> values) =>
        new(name, "I64", shape, MemoryMarshal.AsBytes(values).ToArray());

    /// <summary>The values of an <c>F32</c> tensor.</summary>
    public float[] ToFloats() => DType == "F32" ? MemoryMarshal.Cast<byte, float>(Data).ToArray()
        : throw new InvalidOperationException($"{Name} is {DType}, not F32");

    /// <summary>The values of an <c>I64</c> tensor.</summary>
    public long[] ToInt64() => DType == "I64" ? MemoryMarshal.Cast<byte, long>(Data).ToArray()
        : throw new InvalidOperationException($"{Name} is {DType}, not I64");

    /// <summary>Bytes per element of <paramref name="dtype"/>.</summary>
    public static int ElementSize(string dtype) => dtype switch
    {
        "F64" or "I64" or "U64" => 8,
        "F32" or "I32" or "U32" => 4,
        "F16" or "BF16" or "I16" or "U16" => 2,
        "I8" or "U8" or "BOOL" => 1,
        _ => throw new InvalidDataException($"unsupported safetensors dtype '{dtype}'"),
    };
}
