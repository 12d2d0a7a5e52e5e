using System.Text.Json;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Data.Importers.Dictd;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Importers;

public sealed class DictdImporterTests
{
    private static readonly string Folder = ImportFixture.Path("dictd");

    private static List<(string Anchor, string Positive)> Pairs(string path) =>
        [.. File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => (row.GetProperty("anchor").GetString()!, row.GetProperty("positive").GetString()!))];

    [Theory]
    [InlineData("A", 0)]
    [InlineData("B", 1)]
    [InlineData("/", 63)]
    [InlineData("BA", 64)]
    [InlineData("D2", 3 * 64 + 54)]
    [InlineData("Lw7Y", ((11L * 64 + 48) * 64 + 59) * 64 + 24)]
    public void Decode_DictdBase64_IsBigEndianBase64Digits(string digits, long expected)
    {
        Assert.Equal(expected, DictdIndexEntry.Decode(digits));
        Assert.Equal(digits, DictdIndexEntry.Encode(expected));
    }

    [Fact]
    public void Import_FreeDictFixture_OnePairPerSenseVariantsWrittenOnce()
    {
        using var folder = new TempFolder();
        var summary = new DictdImporter(new DictdOptions("freedict-ara-eng-mini", Folder)).Import(folder.Path);
        var pairs = Pairs(folder.File("pairs.jsonl"));

        // 6 index entries past the metadata; محو points at المحو's entry, so its 6 pairs are duplicates.
        Assert.Equal((6, 14, 6), (summary.Count("entries read"), summary.Count("pairs written"), summary.Count("duplicate pairs skipped")));
        Assert.Equal(
        [
            ("المحو", "Erasures"), ("المحو", "Erasure"), ("المحو", "Erasing"), ("المحو", "Obliterations"), ("المحو", "Obliteration"),
            ("المحو", "Wiping"), ("المحنّك", "Sophisticate"), ("أزل", "Elute"), ("أزل", "Eliminate"), ("أزل", "Obviate"),
            ("أزل", "Obliterate"), ("أصفر", "Xantho-"), ("أصفر", "Yellow"), ("كتاب", "Casebook"),
        ], pairs);
    }

    [Fact]
    public void Import_NormalizeArabic_FoldsShaddaAndHamzaAlef()
    {
        using var folder = new TempFolder();
        new DictdImporter(new DictdOptions("freedict-ara-eng-mini", Folder, NormalizeArabic: true)).Import(folder.Path);
        var anchors = Pairs(folder.File("pairs.jsonl")).Select(p => p.Anchor).Distinct();
        Assert.Equal(["المحو", "المحنك", "ازل", "اصفر", "كتاب"], anchors);
    }

    [Fact]
    public void Import_WholeEntries_OnePairPerEntryWithoutTheHeadwordLine()
    {
        using var folder = new TempFolder();
        new DictdImporter(new DictdOptions("freedict-ara-eng-mini", Folder, Senses: false, Limit: 2)).Import(folder.Path);
        Assert.Equal([("المحو", "1. Erasures 2. Erasure 3. Erasing 4. Obliterations 5. Obliteration 6. Wiping"), ("المحنك", "المحنّك /ʔalmħnnkˈa/ Sophisticate")],
            Pairs(folder.File("pairs.jsonl")));
    }

    [Fact]
    public void Import_UnknownDictionary_ListsTheInstalledOnesAndTheFetchScript()
    {
        var error = Assert.Throws<UserInputException>(() => new DictdImporter(new DictdOptions("freedict-xxx", Folder)).Import("/tmp/unused"));
        Assert.Contains("installed: freedict-ara-eng-mini", error.Message);
        Assert.Contains("run scripts/fetch-data.sh", error.Message);
    }
}
