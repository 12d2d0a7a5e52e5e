using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data;

/// <summary>The reviewer's check: mixed-format KTO and CPO files (tests/fixtures/data, see its README) convert with the
/// expected row counts, labels and rejects, through the real command line.</summary>
public sealed class MixedFixtureTests
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "data", name);

    private static List<JsonElement> Lines(string path) =>
        File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    [Fact]
    public void MixedKto_ToTrlKto_ExpectedRowsLabelsAndTheUnknownLabelRejected()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "convert", Path("mixed-kto.jsonl"), "--from", "kto", "--to", "trl-kto",
            "-o", folder.File("out.jsonl"), "--rejects", folder.File("rejects.jsonl"), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);

        // 38 input rows: 1 unknown label ("maybe", line 14); 37 good, of which the pairwise (line 15) and ranking
        // (line 16) rows give two each: 35 + 2 + 2 = 39 KTO rows.
        var rows = Lines(folder.File("out.jsonl"));
        Assert.Equal(39, rows.Count);
        var rejects = Lines(folder.File("rejects.jsonl"));
        var reject = Assert.Single(rejects);
        Assert.Equal(14, reject.GetProperty("line").GetInt32());
        Assert.Equal("unknown label", reject.GetProperty("reason").GetString());
        Assert.Contains("\"maybe\"", reject.GetProperty("detail").GetString());

        // Labels by source line, as the fixture's rows say (true = good).
        string Labels(int line) => string.Join(",", rows.Where(r => r.GetProperty("source_line").GetInt32() == line)
            .Select(r => r.GetProperty("label").GetBoolean() ? "good" : "bad"));
        string[] expected =
        [
            "good", "good", "good", "bad", "good", "bad", "good", "bad", "bad", "good", "bad", "good", "bad", "",
            "good,bad", "good,bad", "good", "good", "bad", "good", "bad", "good", "good", "bad", "bad", "bad", "good",
            "good", "bad", "good", "bad", "bad", "good", "bad", "good", "bad", "bad", "bad",
        ];
        Assert.Equal(expected, Enumerable.Range(1, 38).Select(Labels));
        Assert.Equal("نهر النيل.", rows.Single(r => r.GetProperty("source_line").GetInt32() == 15 && r.GetProperty("label").GetBoolean()).GetProperty("completion").GetString());
        var conversation = rows.Single(r => r.GetProperty("source_line").GetInt32() == 17);
        Assert.Equal("Hi!", conversation.GetProperty("prompt").GetString());
        Assert.Equal("You are helpful.", conversation.GetProperty("system").GetString());

        using var summary = JsonDocument.Parse(result.Output);
        Assert.Equal(39, summary.RootElement.GetProperty("rows_out").GetInt32());
        Assert.Equal(19, summary.RootElement.GetProperty("labels").GetProperty("good_before").GetInt32());
        Assert.Equal(20, summary.RootElement.GetProperty("labels").GetProperty("bad_before").GetInt32());
    }

    [Fact]
    public void MixedKto_Balance_DownSamplesTheLargerClassSeeded()
    {
        using var folder = new TempFolder();
        string[] args = ["data", "convert", Path("mixed-kto.jsonl"), "--from", "kto", "--to", "kto", "--balance", "--balance-tolerance", "0",
            "--rejects", folder.File("rejects.jsonl"), "--json"];
        var result = CliRunner.Run([.. args, "-o", folder.File("a.jsonl")]);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var summary = JsonDocument.Parse(result.Output);
        var labels = summary.RootElement.GetProperty("labels");
        Assert.Equal(19, labels.GetProperty("good_after").GetInt32());
        Assert.Equal(19, labels.GetProperty("bad_after").GetInt32());
        var rows = Lines(folder.File("a.jsonl"));
        Assert.Equal(19, rows.Count(r => r.GetProperty("label").GetBoolean()));
        Assert.Equal(19, rows.Count(r => !r.GetProperty("label").GetBoolean()));
        Assert.Equal(ExitCodes.Ok, CliRunner.Run([.. args, "-o", folder.File("b.jsonl")]).ExitCode);
        Assert.Equal(File.ReadAllBytes(folder.File("a.jsonl")), File.ReadAllBytes(folder.File("b.jsonl")));
    }

    [Fact]
    public void MixedCpo_ToCpo_NegativesDeduplicatedAndTheRowsWithoutNegativesOrChosenRejected()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "convert", Path("mixed-cpo.jsonl"), "--from", "cpo", "--to", "cpo",
            "-o", folder.File("out.jsonl"), "--rejects", folder.File("rejects.jsonl"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var rows = Lines(folder.File("out.jsonl"));
        string Negatives(int i) => string.Join("|", rows[i].GetProperty("negatives").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal([1, 2, 4, 6], rows.Select(r => r.GetProperty("source_line").GetInt32()));
        Assert.Equal("ليون هي عاصمة فرنسا.|مرسيليا.", Negatives(0));
        Assert.Equal("50 °C.|0 °C.", Negatives(1));
        Assert.Equal("النباتات تأكل التربة.|التمثيل الضوئي هو التنفس.", Negatives(2));
        Assert.Equal("Mars.", Negatives(3));
        Assert.Equal(["biology", "7"], rows.Where(r => r.TryGetProperty("contrastive_group", out _)).Select(r => r.GetProperty("contrastive_group").GetString()));
        var rejects = Lines(folder.File("rejects.jsonl"));
        Assert.Equal([(3, "too few negatives"), (5, "missing chosen")],
            rejects.Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString())));
    }

    [Fact]
    public void MixedCpo_ToTrlCpo_OneRowPerNegative()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("data", "convert", Path("mixed-cpo.jsonl"), "--from", "cpo", "--to", "trl-cpo",
            "-o", folder.File("out.jsonl"), "--rejects", folder.File("rejects.jsonl"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var rows = Lines(folder.File("out.jsonl"));
        Assert.Equal(2 + 2 + 2 + 1, rows.Count);
        Assert.All(rows, r => Assert.False(r.TryGetProperty("synthetic", out _)));
        Assert.Contains("rows written", result.Output);
    }
}
