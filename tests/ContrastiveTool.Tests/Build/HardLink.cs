using System.Runtime.InteropServices;

namespace ContrastiveTool.Tests.Build;

internal static class HardLink
{
    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    public static bool TryCreate(string existing, string created) => OperatingSystem.IsLinux() && Link(existing, created) == 0;
}
