using System.Net;
using System.Text;

namespace ContrastiveTool.Core.Data;

/// <summary>Turns an HTML fragment (a StackExchange body) into plain text.</summary>
/// <remarks>Tags are removed — inline ones (b, i, em, strong, code, a, span, ...) without a trace, the
/// rest leaving a space so words of adjacent blocks don't run together; entities are decoded after
/// the tags are gone (so <c>&amp;lt;p&amp;gt;</c> stays visible text); runs of whitespace become one
/// space; the result is trimmed. <c>&lt;p&gt;I have a &lt;b&gt;list&lt;/b&gt; &amp;amp; want it&lt;/p&gt;</c>
/// → <c>I have a list &amp; want it</c>.</remarks>
public static class HtmlText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "code", "em", "i", "kbd", "mark", "s", "small", "span", "strike", "strong",
        "sub", "sup", "tt", "u", "var",
    };

    [ThreadStatic] private static StringBuilder? _builder;

    /// <summary>The plain text of <paramref name="html"/>.</summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.AsSpan().IndexOfAny('<', '&') < 0 && !NeedsWhitespaceCleanup(html))
            return html;
        var text = _builder ??= new StringBuilder(1024);
        text.Clear();
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            int tagEnd = c == '<' ? TagEnd(html, i) : -1;
            if (tagEnd < 0)
            {
                text.Append(c);
                i++;
                continue;
            }
            if (!IsInline(html.AsSpan(i + 1, tagEnd - i - 1)))
                text.Append(' ');
            i = tagEnd + 1;
        }
        string stripped = text.ToString();
        string decoded = stripped.Contains('&') ? WebUtility.HtmlDecode(stripped) : stripped;
        return CollapseWhitespace(decoded, text);
    }

    // A tag starts with '<' followed by a letter, '/' or '!', and ends at the next '>'.
    private static int TagEnd(string html, int start)
    {
        if (start + 1 >= html.Length) return -1;
        char next = html[start + 1];
        if (!char.IsAsciiLetter(next) && next != '/' && next != '!') return -1;
        return html.IndexOf('>', start + 1);
    }

    private static bool IsInline(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        int end = tag.IndexOfAny(" \t\r\n/");
        var name = end < 0 ? tag : tag[..end];
        return InlineTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    private static bool NeedsWhitespaceCleanup(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return true;
        for (int i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                return true;
        return false;
    }

    private static string CollapseWhitespace(string text, StringBuilder scratch)
    {
        scratch.Clear();
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = scratch.Length > 0; continue; }
            if (pendingSpace) { scratch.Append(' '); pendingSpace = false; }
            scratch.Append(c);
        }
        return scratch.ToString();
    }
}
