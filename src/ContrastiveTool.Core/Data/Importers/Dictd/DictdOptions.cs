namespace ContrastiveTool.Core.Data.Importers.Dictd;

/// <summary>What <see cref="DictdImporter"/> builds.</summary>
/// <param name="Name">The dictionary's name, e.g. <c>freedict-ara-eng</c> (files <c>&lt;name&gt;.index</c> and <c>&lt;name&gt;.dict.dz</c>).</param>
/// <param name="Folder">Where the files are (Debian's dictd packages: /usr/share/dictd).</param>
/// <param name="Senses">One pair per translation (FreeDict's numbered senses) rather than one per entry; null = by the
/// name (on for <c>freedict-*</c>).</param>
/// <param name="NormalizeArabic">Fold Arabic spelling variants on both sides (harakat, tatweel, hamza-alef forms), as
/// <see cref="Models.Tokenization.ArabicNormalizer"/> does.</param>
/// <param name="Limit">Stop after this many pairs; 0 = all.</param>
public sealed record DictdOptions(string Name, string Folder = ImportSources.DictdFolder, bool? Senses = null, bool NormalizeArabic = false, int Limit = 0)
{
    /// <summary>Whether pairs are one per sense.</summary>
    public bool BySense => Senses ?? Name.StartsWith("freedict-", StringComparison.OrdinalIgnoreCase);
}
