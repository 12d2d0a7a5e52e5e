using System.Buffers.Binary;
using System.Text;

namespace ContrastiveTool.Tests.Build;

/// <summary>Builds a minimal ELF64 little-endian image with a .dynstr and a .gnu.version_r section.</summary>
/// <remarks>Layout: header (64 bytes) · strings · verneed entries · three section headers (null,
/// .dynstr, .gnu.version_r). Each needed file lists its versions as (name, flags).</remarks>
internal static class MinimalElf
{
    public static byte[] Build(params (string File, (string Name, ushort Flags)[] Versions)[] needed)
    {
        var strings = new List<byte> { 0 };
        int AddString(string s) { int at = strings.Count; strings.AddRange(Encoding.ASCII.GetBytes(s)); strings.Add(0); return at; }

        var verneed = new List<byte>();
        for (int f = 0; f < needed.Length; f++)
        {
            var (file, versions) = needed[f];
            int entry = verneed.Count;
            verneed.AddRange(new byte[16 + 16 * versions.Length]);
            Span<byte> span() => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(verneed);
            BinaryPrimitives.WriteUInt16LittleEndian(span()[entry..], 1);                        // vn_version
            BinaryPrimitives.WriteUInt16LittleEndian(span()[(entry + 2)..], (ushort)versions.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(span()[(entry + 4)..], (uint)AddString(file));
            BinaryPrimitives.WriteUInt32LittleEndian(span()[(entry + 8)..], 16);                 // vn_aux
            BinaryPrimitives.WriteUInt32LittleEndian(span()[(entry + 12)..], f == needed.Length - 1 ? 0u : (uint)(16 + 16 * versions.Length));
            for (int v = 0; v < versions.Length; v++)
            {
                int aux = entry + 16 + 16 * v;
                BinaryPrimitives.WriteUInt32LittleEndian(span()[aux..], 0x1234);                 // vna_hash
                BinaryPrimitives.WriteUInt16LittleEndian(span()[(aux + 4)..], versions[v].Flags);
                BinaryPrimitives.WriteUInt16LittleEndian(span()[(aux + 6)..], (ushort)(2 + v));
                BinaryPrimitives.WriteUInt32LittleEndian(span()[(aux + 8)..], (uint)AddString(versions[v].Name));
                BinaryPrimitives.WriteUInt32LittleEndian(span()[(aux + 12)..], v == versions.Length - 1 ? 0u : 16u);
            }
        }

        int stringsOffset = 64, verneedOffset = stringsOffset + strings.Count, sectionsOffset = verneedOffset + verneed.Count;
        var image = new byte[sectionsOffset + 3 * 64];
        "\u007fELF"u8.CopyTo(image);
        image[4] = 2; image[5] = 1; image[6] = 1;
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(0x28), (ulong)sectionsOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(0x3a), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(image.AsSpan(0x3c), 3);
        strings.ToArray().CopyTo(image, stringsOffset);
        verneed.ToArray().CopyTo(image, verneedOffset);
        WriteSection(image, sectionsOffset + 64, type: 3, offset: stringsOffset, size: strings.Count, link: 0);
        WriteSection(image, sectionsOffset + 128, type: 0x6ffffffe, offset: verneedOffset, size: verneed.Count, link: 1);
        return image;
    }

    private static void WriteSection(byte[] image, int at, uint type, int offset, int size, uint link)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(at + 4), type);
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(at + 24), (ulong)offset);
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(at + 32), (ulong)size);
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(at + 40), link);
    }

    /// <summary>The byte offset of the vna_flags field of the version called <paramref name="name"/>.</summary>
    public static int FlagsOffset(byte[] image, string name)
    {
        byte[] needle = Encoding.ASCII.GetBytes(name + "\0");
        int nameAt = image.AsSpan(64).IndexOf(needle);                       // offset inside the string table (it starts at 64)
        for (int at = 0; at + 16 <= image.Length; at += 1)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at)) == 0x1234 &&
                BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(at + 8)) == (uint)nameAt)
                return at + 4;
        }
        throw new InvalidOperationException($"no version entry named {name}");
    }
}
