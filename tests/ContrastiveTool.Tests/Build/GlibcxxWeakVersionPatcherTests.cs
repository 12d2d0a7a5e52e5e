using System.Buffers.Binary;
using ContrastiveTool.Build;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Build;

public sealed class GlibcxxWeakVersionPatcherTests
{
    private static byte[] TorchSharpLike(ushort glibcxxFlags = 0) => MinimalElf.Build(
        ("libc.so.6", [("GLIBC_2.2.5", 0)]),
        ("libstdc++.so.6", [("GLIBCXX_3.4", 0), ("GLIBCXX_3.4.32", glibcxxFlags), ("CXXABI_1.3", 0)]));

    private static ushort Flags(byte[] image, string name) =>
        BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(MinimalElf.FlagsOffset(image, name)));

    [Fact]
    public void PatchImage_RequirementPresent_SetsOnlyTheWeakBitOfThatEntry()
    {
        var image = TorchSharpLike();
        var before = (byte[])image.Clone();

        var outcome = GlibcxxWeakVersionPatcher.PatchImage(image);

        Assert.Equal(GlibcxxPatchOutcome.Patched, outcome);
        Assert.Equal(2, Flags(image, "GLIBCXX_3.4.32"));                    // VER_FLG_WEAK = 0x2
        int flagsAt = MinimalElf.FlagsOffset(image, "GLIBCXX_3.4.32");
        var changed = Enumerable.Range(0, image.Length).Where(i => image[i] != before[i]).ToArray();
        Assert.Equal([flagsAt], changed);                                  // one byte, nothing else
    }

    [Fact]
    public void PatchImage_Twice_SecondIsAlreadyWeakAndChangesNothing()
    {
        var image = TorchSharpLike();
        GlibcxxWeakVersionPatcher.PatchImage(image);
        var once = (byte[])image.Clone();

        Assert.Equal(GlibcxxPatchOutcome.AlreadyWeak, GlibcxxWeakVersionPatcher.PatchImage(image));
        Assert.Equal(once, image);
    }

    [Fact]
    public void PatchImage_OtherFlagsSet_KeepsThemAndAddsWeak()
    {
        var image = TorchSharpLike(glibcxxFlags: 0x1);                     // VER_FLG_BASE
        GlibcxxWeakVersionPatcher.PatchImage(image);
        Assert.Equal(0x3, Flags(image, "GLIBCXX_3.4.32"));
    }

    [Fact]
    public void PatchImage_NoSuchRequirement_LeavesImageUntouched()
    {
        var image = MinimalElf.Build(("libstdc++.so.6", [("GLIBCXX_3.4", 0), ("GLIBCXX_3.4.31", 0)]));
        var before = (byte[])image.Clone();

        Assert.Equal(GlibcxxPatchOutcome.NoRequirement, GlibcxxWeakVersionPatcher.PatchImage(image));
        Assert.Equal(before, image);
    }

    [Fact]
    public void PatchImage_NotElf_Throws()
    {
        Assert.Throws<InvalidDataException>(() => GlibcxxWeakVersionPatcher.PatchImage(new byte[100]));
    }

    [Fact]
    public void Patch_HardLinkedFile_ReplacesTheLinkAndLeavesTheOtherNameUntouched()
    {
        using var folder = new TempFolder();
        string cache = folder.File("cache.so"), output = folder.File("output.so");
        File.WriteAllBytes(cache, TorchSharpLike());
        if (!HardLink.TryCreate(cache, output))
            File.Copy(cache, output);                                      // file system without hard links: still a valid test

        Assert.Equal(GlibcxxPatchOutcome.Patched, GlibcxxWeakVersionPatcher.Patch(output));

        Assert.Equal(2, Flags(File.ReadAllBytes(output), "GLIBCXX_3.4.32"));
        Assert.Equal(0, Flags(File.ReadAllBytes(cache), "GLIBCXX_3.4.32")); // the "NuGet cache" copy is unchanged
        Assert.False(File.Exists(output + ".weak-glibcxx.tmp"));
    }

    [Fact]
    public void BuildOutput_LibTorchSharpNextToTests_IsPatchedByTheBuild()
    {
        string library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.True(File.Exists(library), $"expected TorchSharp's native library at {library}");
        var image = File.ReadAllBytes(library);
        Assert.Equal(GlibcxxPatchOutcome.AlreadyWeak, GlibcxxWeakVersionPatcher.PatchImage(image));
    }
}
