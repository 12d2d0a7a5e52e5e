using System.Runtime.InteropServices;
using Cloud.Unum.USearch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The few functions of USearch's C library (libusearch_c, shipped in the Cloud.Unum.USearch package) that
/// <see cref="HnswIndex"/> calls directly: the managed wrapper has no way to reserve capacity once or to set the add and
/// search thread counts, and copies every vector into a managed array; these take pointers into tensor memory.</summary>
/// <remarks>Signatures as in usearch.h (2.26): every call takes an out error string, null on success.</remarks>
internal static class USearchNative
{
    private const string Library = "libusearch_c";

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr usearch_init(ref IndexOptions options, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_free(IntPtr index, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_save(IntPtr index, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_load(IntPtr index, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern UIntPtr usearch_size(IntPtr index, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern UIntPtr usearch_dimensions(IntPtr index, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_reserve(IntPtr index, UIntPtr capacity, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_change_threads_add(IntPtr index, UIntPtr threads, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_change_threads_search(IntPtr index, UIntPtr threads, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_change_expansion_search(IntPtr index, UIntPtr expansion, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void usearch_add(IntPtr index, ulong key, ref float vector, ScalarKind kind, out IntPtr error);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern UIntPtr usearch_search(IntPtr index, ref float query, ScalarKind kind, UIntPtr count,
        ref ulong keys, ref float distances, out IntPtr error);

    /// <summary>Throws when a call reported an error.</summary>
    /// <exception cref="InvalidOperationException">USearch's message, prefixed with what was being done.</exception>
    public static void Check(IntPtr error, string doing)
    {
        if (error != IntPtr.Zero)
            throw new InvalidOperationException($"USearch could not {doing}: {Marshal.PtrToStringAnsi(error)}");
    }
}
