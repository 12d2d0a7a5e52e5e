using System.Buffers;
using System.Net;

namespace ContrastiveTool.Core.Data;

/// <summary>Turns an HTML fragment (a StackExchange body) into plain text in one pass.</summary>
/// <remarks>Tags are removed — inline ones (b, i, em, strong, code, a, span, ...) without a trace, the
/// rest leaving a space so words of adjacent blocks don't run together; entities are decoded as
/// text (so <c>&amp;lt;p&amp;gt;</c> stays visible, never becomes a tag); runs of whitespace become
/// one space; the result is trimmed. <c>&lt;p&gt;I have a &lt;b&gt;list&lt;/b&gt; &amp;amp; want it&lt;/p&gt;</c>
/// → <c>I have a list &amp; want it</c>. The output is never longer than the input, so one rented
/// buffer and one final string are all it allocates (plus rare named entities).</remarks>
public static class HtmlText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "code", "em", "i", "kbd", "mark", "s", "small", "span", "strike", "strong",
        "sub", "sup", "tt", "u", "var",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineLookup =
        InlineTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int LongestEntity = 32;

    /// <summary>The plain text of <paramref name="html"/>.</summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.AsSpan().IndexOfAny('<', '&') < 0 && IsCollapsed(html))
            return html;
        char[] buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var text = new PlainTextBuffer(buffer);
            for (int i = 0; i < html.Length;)
                i = html[i] switch
                {
                    '<' => Tag(html, i, ref text),
                    '&' => Entity(html, i, ref text),
                    _ => text.Append(html[i], i),
                };
            return new string(buffer, 0, text.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // A tag starts with '<' followed by a letter, '/' or '!', and ends at the next '>'; anything else is text.
    private static int Tag(string html, int start, ref PlainTextBuffer text)
    {
        char next = start + 1 < html.Length ? html[start + 1] : '\0';
        int end = char.IsAsciiLetter(next) || next == '/' || next == '!' ? html.IndexOf('>', start + 1) : -1;
        if (end < 0)
            return text.Append('<', start);
        var tag = html.AsSpan(start + 1, end - start - 1).TrimStart('/');
        int nameEnd = tag.IndexOfAny(" \t\r\n/");
        if (!InlineLookup.Contains(nameEnd < 0 ? tag : tag[..nameEnd]))
            text.Append(' ', start);
        return end + 1;
    }

    // &name; or &#n; or &#xh; decoded; anything that does not decode stays as typed.
    private static int Entity(string html, int start, ref PlainTextBuffer text)
    {
        int limit = Math.Min(LongestEntity, html.Length - start - 1);
        int semicolon = limit > 0 ? html.AsSpan(start + 1, limit).IndexOf(';') : -1;
        if (semicolon <= 0)
            return text.Append('&', start);
        var entity = html.AsSpan(start, semicolon + 2);                                     // "&...;"
        string decoded = entity switch
        {
            "&amp;" => "&",
            "&lt;" => "<",
            "&gt;" => ">",
            "&quot;" => "\"",
            "&#39;" => "'",
            "&nbsp;" => " ",
            _ => WebUtility.HtmlDecode(entity.ToString()),
        };
        foreach (char c in decoded)
            text.Append(c, start);
        return start + entity.Length;
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return false;
        for (int i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                return false;
        return true;
    }

    /// <summary>Collects output characters, turning every run of whitespace into one space and trimming both ends.</summary>
    private ref struct PlainTextBuffer(char[] buffer)
    {
        private readonly char[] _buffer = buffer;
        private bool _pendingSpace;

        public int Length { get; private set; }

        /// <summary>Appends <paramref name="c"/>; returns the next input position (<paramref name="at"/> + 1).</summary>
        public int Append(char c, int at)
        {
            if (char.IsWhiteSpace(c))
                _pendingSpace = Length > 0;
            else
            {
                if (_pendingSpace)
                {
                    _buffer[Length++] = ' ';
                    _pendingSpace = false;
                }
                _buffer[Length++] = c;
            }
            return at + 1;
        }
    }
}
