namespace ContrastiveTool.Core.Data.Importers.Quran;

/// <summary>One verse (ayah) with its English translation.</summary>
/// <param name="Surah">Chapter number, 1–114.</param>
/// <param name="Ayah">Verse number within the chapter, from 1.</param>
/// <param name="Arabic">The Arabic text as published (Uthmani script, with its marks).</param>
/// <param name="English">The translation (Saheeh International in quran-json's quran_en.json).</param>
public sealed record QuranVerse(int Surah, int Ayah, string Arabic, string English)
{
    /// <summary>"surah:ayah", e.g. <c>2:255</c>.</summary>
    public string Id => $"{Surah}:{Ayah}";
}

/// <summary>A chapter: number, transliterated name and verses in order.</summary>
public sealed record QuranSurah(int Number, string Name, IReadOnlyList<QuranVerse> Verses)
{
    /// <summary>The category questions from this surah get, e.g. <c>2 Al-Baqarah</c>.</summary>
    public string Category => $"{Number} {Name}";
}
