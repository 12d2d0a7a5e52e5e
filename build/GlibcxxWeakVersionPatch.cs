// Makes TorchSharp's native glue library load on systems whose libstdc++ predates GCC 13.
//
// libLibTorchSharp.so (TorchSharp 0.107) lists a version requirement on GLIBCXX_3.4.32 in its
// .gnu.version_r section. The only symbol bound to that tag, std::ios_base_library_init(), is never
// called, but the dynamic loader refuses the whole library when the tag is missing (Debian 12 ships
// GCC 12's libstdc++). Setting VER_FLG_WEAK (0x2) in that entry's vna_flags turns the hard failure
// into a non-fatal one; everything else in the file is left byte for byte as it was.
//
// The patch is idempotent (an entry already weak is left alone), harmless where the tag exists, and
// atomic: the result is written to a temporary file that replaces the target, so a hard link into the
// shared NuGet cache is never modified in place.
//
// This file is compiled twice: by MSBuild's RoslynCodeTaskFactory (Directory.Build.targets, against
// netstandard2.0, so plain C# 7.3) and into the test project with GLIBCXX_PATCH_NO_TASK defined.
using System;
using System.IO;
using System.Text;

namespace ContrastiveTool.Build
{
    /// <summary>What <see cref="GlibcxxWeakVersionPatcher.Patch"/> did to a file.</summary>
    public enum GlibcxxPatchOutcome
    {
        /// <summary>The GLIBCXX_3.4.32 requirement was made weak.</summary>
        Patched,
        /// <summary>The requirement was already weak; the file was not touched.</summary>
        AlreadyWeak,
        /// <summary>The file has no GLIBCXX_3.4.32 requirement; the file was not touched.</summary>
        NoRequirement,
    }

    /// <summary>Sets VER_FLG_WEAK on the GLIBCXX_3.4.32 version requirement of an ELF64 little-endian file.</summary>
    public static class GlibcxxWeakVersionPatcher
    {
        public const string VersionTag = "GLIBCXX_3.4.32";
        private const uint ShtGnuVerneed = 0x6ffffffe;
        private const ushort VerFlagWeak = 0x2;

        /// <summary>Patches <paramref name="path"/> in place (temp file + rename) when needed.</summary>
        public static GlibcxxPatchOutcome Patch(string path)
        {
            byte[] image = File.ReadAllBytes(path);
            GlibcxxPatchOutcome outcome = PatchImage(image);
            if (outcome != GlibcxxPatchOutcome.Patched)
                return outcome;

            string temporary = path + ".weak-glibcxx.tmp";
            File.WriteAllBytes(temporary, image);
            ReplaceFile(temporary, path);
            return outcome;
        }

        /// <summary>Patches an ELF image held in memory; returns what it did.</summary>
        public static GlibcxxPatchOutcome PatchImage(byte[] image)
        {
            if (image == null) throw new ArgumentNullException("image");
            if (image.Length < 64 || image[0] != 0x7f || image[1] != (byte)'E' || image[2] != (byte)'L' || image[3] != (byte)'F')
                throw new InvalidDataException("not an ELF file");
            if (image[4] != 2 || image[5] != 1)
                throw new InvalidDataException("only 64-bit little-endian ELF files are supported");

            long sectionTable = (long)ReadUInt64(image, 0x28);
            int sectionEntrySize = ReadUInt16(image, 0x3a);
            int sectionCount = ReadUInt16(image, 0x3c);
            for (int section = 0; section < sectionCount; section++)
            {
                int header = checked((int)(sectionTable + (long)section * sectionEntrySize));
                if (ReadUInt32(image, header + 4) != ShtGnuVerneed)
                    continue;
                int linkedStrings = (int)ReadUInt32(image, header + 40);
                int stringsHeader = checked((int)(sectionTable + (long)linkedStrings * sectionEntrySize));
                long strings = (long)ReadUInt64(image, stringsHeader + 24);
                long verneed = (long)ReadUInt64(image, header + 24);
                return PatchRequirements(image, checked((int)verneed), checked((int)strings));
            }
            return GlibcxxPatchOutcome.NoRequirement;
        }

        // Walks Elf64_Verneed { u16 version, u16 cnt, u32 file, u32 aux, u32 next } and its
        // Elf64_Vernaux { u32 hash, u16 flags, u16 other, u32 name, u32 next } entries.
        private static GlibcxxPatchOutcome PatchRequirements(byte[] image, int verneed, int strings)
        {
            int file = verneed;
            while (true)
            {
                int auxCount = ReadUInt16(image, file + 2);
                int aux = file + (int)ReadUInt32(image, file + 8);
                for (int i = 0; i < auxCount; i++)
                {
                    string name = ReadCString(image, strings + (int)ReadUInt32(image, aux + 8));
                    if (name == VersionTag)
                    {
                        ushort flags = ReadUInt16(image, aux + 4);
                        if ((flags & VerFlagWeak) != 0)
                            return GlibcxxPatchOutcome.AlreadyWeak;
                        WriteUInt16(image, aux + 4, (ushort)(flags | VerFlagWeak));
                        return GlibcxxPatchOutcome.Patched;
                    }
                    uint nextAux = ReadUInt32(image, aux + 12);
                    if (nextAux == 0) break;
                    aux += (int)nextAux;
                }
                uint next = ReadUInt32(image, file + 12);
                if (next == 0) return GlibcxxPatchOutcome.NoRequirement;
                file += (int)next;
            }
        }

        private static void ReplaceFile(string source, string destination)
        {
            // File.Move with overwrite is not in netstandard2.0; delete-then-move only unlinks the
            // destination's directory entry, so a hard-linked original elsewhere keeps its bytes.
            File.Delete(destination);
            File.Move(source, destination);
        }

        private static ushort ReadUInt16(byte[] b, int at) { return (ushort)(b[at] | b[at + 1] << 8); }
        private static uint ReadUInt32(byte[] b, int at) { return (uint)(b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24); }
        private static ulong ReadUInt64(byte[] b, int at) { return ReadUInt32(b, at) | (ulong)ReadUInt32(b, at + 4) << 32; }
        private static void WriteUInt16(byte[] b, int at, ushort value) { b[at] = (byte)value; b[at + 1] = (byte)(value >> 8); }

        private static string ReadCString(byte[] b, int at)
        {
            int end = at;
            while (end < b.Length && b[end] != 0) end++;
            return Encoding.ASCII.GetString(b, at, end - at);
        }
    }

#if !GLIBCXX_PATCH_NO_TASK
    /// <summary>MSBuild task: patches every libLibTorchSharp.so under <see cref="Directory"/>.</summary>
    public sealed class PatchLibTorchSharp : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required]
        public string Directory { get; set; } = "";

        public override bool Execute()
        {
            if (!System.IO.Directory.Exists(Directory))
                return true;
            foreach (string library in System.IO.Directory.GetFiles(Directory, "libLibTorchSharp.so", SearchOption.AllDirectories))
            {
                GlibcxxPatchOutcome outcome = GlibcxxWeakVersionPatcher.Patch(library);
                Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal,
                    "libLibTorchSharp.so weak GLIBCXX_3.4.32: " + outcome + " (" + library + ")");
            }
            return !Log.HasLoggedErrors;
        }
    }
#endif
}
