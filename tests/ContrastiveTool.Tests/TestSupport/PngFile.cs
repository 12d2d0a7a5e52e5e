using System.Buffers.Binary;

namespace ContrastiveTool.Tests.TestSupport;

/// <summary>Reads a PNG's size from its header, after checking the signature and that IHDR comes first.</summary>
public static class PngFile
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Size(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Assert.True(bytes.Length > 24, $"only {bytes.Length} bytes: not a PNG");
        Assert.Equal(Signature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
