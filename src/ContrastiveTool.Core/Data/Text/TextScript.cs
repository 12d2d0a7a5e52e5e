namespace ContrastiveTool.Core.Data.Text;

/// <summary>The writing systems the preference tools tell apart.</summary>
public enum Script
{
    /// <summary>Latin letters (and text with no letters at all).</summary>
    Latin,

    /// <summary>Arabic letters (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, presentation forms).</summary>
    Arabic,
}

/// <summary>Detects a text's script by counting letters.</summary>
public static class TextScript
{
    /// <summary><see cref="Script.Arabic"/> when Arabic letters are at least as many as Latin ones (and there is one), else Latin.</summary>
    public static Script Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, latin = 0;
        foreach (char c in text)
        {
            if (IsArabic(c)) arabic++;
            else if (char.IsLetter(c)) latin++;
        }
        return arabic > 0 && arabic >= latin ? Script.Arabic : Script.Latin;
    }

    /// <summary>Whether <paramref name="c"/> is an Arabic letter or mark.</summary>
    public static bool IsArabic(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
