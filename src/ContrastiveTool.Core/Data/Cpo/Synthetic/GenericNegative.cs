using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>A generic non-answer in the prompt's language (Arabic or English, from its script), one of a few, seeded.</summary>
public sealed class GenericNegative : ISyntheticNegative
{
    private static readonly string[] English =
    [
        "I don't know.",
        "I cannot answer that question.",
        "That is a good question; it depends.",
    ];

    private static readonly string[] Arabic =
    [
        "لا أعرف.",
        "لا أستطيع الإجابة عن هذا السؤال.",
        "هذا سؤال جيد، والأمر يعتمد على الظروف.",
    ];

    /// <inheritdoc/>
    public string Name => "generic";

    /// <inheritdoc/>
    public string Description => "a generic non-answer in the prompt's language (Arabic or English)";

    /// <inheritdoc/>
    public string? Make(string prompt, string chosen, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var choices = TextScript.Detect(prompt) == Script.Arabic ? Arabic : English;
        return choices[random.Next(choices.Length)];
    }
}
