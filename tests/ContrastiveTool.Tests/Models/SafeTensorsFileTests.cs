using System.Buffers.Binary;
using System.Text;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Models;

public sealed class SafeTensorsFileTests
{
    [Fact]
    public void Write_ThenRead_RoundTripsNamesShapesValuesAndMetadata()
    {
        using var folder = new TempFolder();
        string path = folder.File("t.safetensors");

        SafeTensorsFile.Write(path,
            [SafeTensor.FromFloats("w", [2, 3], [1f, 2f, 3f, 4f, 5f, 6f]), SafeTensor.FromInt64("ids", [2], [7L, -1L])],
            new Dictionary<string, string> { ["model"] = "bow" });
        var (tensors, metadata) = SafeTensorsFile.Read(path);

        Assert.Equal([2L, 3L], tensors["w"].Shape);
        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], tensors["w"].ToFloats());
        Assert.Equal([7L, -1L], tensors["ids"].ToInt64());
        Assert.Equal("bow", metadata["model"]);
    }

    [Fact]
    public void Write_OneTensor_LaysOutTheSpecifiedBytes()
    {
        using var folder = new TempFolder();
        string path = folder.File("t.safetensors");

        SafeTensorsFile.Write(path, [SafeTensor.FromFloats("x", [1], [1.5f])]);
        var bytes = File.ReadAllBytes(path);

        // 8-byte little-endian header length N (a multiple of 8), N bytes of JSON padded with spaces, then 4 data bytes.
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.Equal(0UL, n % 8);
        Assert.Equal(8 + (int)n + 4, bytes.Length);
        Assert.Equal("{\"x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", Encoding.UTF8.GetString(bytes, 8, (int)n).TrimEnd(' '));
        Assert.Equal(1.5f, BitConverter.ToSingle(bytes, 8 + (int)n));
    }

    [Fact]
    public void Read_PythonWrittenFile_ReadsTheReferenceValues()
    {
        // Fixtures/models/python-written.safetensors: written by scripts/models/safetensors_check.py --write-reference
        // (Python's struct/json, following the spec): a = [[1, 2], [3, 4]] F32, b = [10, 20, 30] I64, metadata {"by": "python"}.
        var (tensors, metadata) = SafeTensorsFile.Read(Fixture.Path("models", "python-written.safetensors"));

        Assert.Equal([1f, 2f, 3f, 4f], tensors["a"].ToFloats());
        Assert.Equal([2L, 2L], tensors["a"].Shape);
        Assert.Equal([10L, 20L, 30L], tensors["b"].ToInt64());
        Assert.Equal("python", metadata["by"]);
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsUserInputException()
    {
        using var folder = new TempFolder();
        string path = folder.File("bad.safetensors");
        File.WriteAllBytes(path, [255, 255, 0, 0, 0, 0, 0, 0, (byte)'{']);

        Assert.Throws<UserInputException>(() => SafeTensorsFile.Read(path));
    }
}
