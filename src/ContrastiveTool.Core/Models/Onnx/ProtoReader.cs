namespace ContrastiveTool.Core.Models.Onnx;

/// <summary>A minimal protocol-buffers wire-format reader over a byte slice: field tags, varints, fixed32 and length-delimited slices.</summary>
/// <remarks>Enough to walk an ONNX ModelProto without generated classes, and without copying the (90 MB) weights
/// until they are needed. Groups (wire types 3/4) are not supported; ONNX does not use them.</remarks>
internal sealed class ProtoReader(ReadOnlyMemory<byte> data)
{
    private int _position;

    public bool AtEnd => _position >= data.Length;

    /// <summary>The next field's number and wire type (0 varint, 1 fixed64, 2 length-delimited, 5 fixed32).</summary>
    public (int Field, int WireType) ReadTag()
    {
        ulong tag = ReadVarint();
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    public ulong ReadVarint()
    {
        var span = data.Span;
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = span[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidDataException("malformed protobuf varint");
    }

    /// <summary>A length-delimited field's bytes (a sub-message, string, bytes or packed array), without copying.</summary>
    public ReadOnlyMemory<byte> ReadSlice()
    {
        int length = checked((int)ReadVarint());
        var slice = data.Slice(_position, length);
        _position += length;
        return slice;
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadSlice().Span);

    public float ReadFixedFloat()
    {
        float value = BitConverter.ToSingle(data.Span.Slice(_position, 4));
        _position += 4;
        return value;
    }

    /// <summary>Skips the value of a field with <paramref name="wireType"/>.</summary>
    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0: ReadVarint(); break;
            case 1: _position += 8; break;
            case 2: ReadSlice(); break;
            case 5: _position += 4; break;
            default: throw new InvalidDataException($"unsupported protobuf wire type {wireType}");
        }
    }
}
