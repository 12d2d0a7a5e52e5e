using System.Text;

namespace ContrastiveTool.Core.Data.Importers.StackExchange;

/// <summary>Tells UTF-8 from Latin-1: a file that is valid UTF-8 throughout is UTF-8, anything else Latin-1.</summary>
/// <remarks>Kaggle's StackExchange dumps are Latin-1 (ISO-8859-1), where every byte is a character, so reading
/// them as UTF-8 would turn each accented letter into U+FFFD. One sequential pass, 64 KiB at a time; a
/// sequence split across two reads is carried over, so chunk boundaries never cause a false verdict.</remarks>
public static class TextEncodingDetector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 or Latin-1 for the file at <paramref name="path"/>.</summary>
    public static Encoding Detect(string path)
    {
        using var stream = File.OpenRead(path);
        return IsUtf8(stream) ? new UTF8Encoding(false) : Encoding.Latin1;
    }

    /// <summary>Whether every byte of <paramref name="stream"/> is part of valid UTF-8.</summary>
    public static bool IsUtf8(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        try
        {
            int read;
            while ((read = stream.Read(bytes)) > 0)
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
