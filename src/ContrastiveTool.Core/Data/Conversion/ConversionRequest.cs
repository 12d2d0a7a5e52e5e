using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Kto;

namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>What to convert, where to, and the format-specific options (each with its defaults).</summary>
/// <param name="Input">The input file.</param>
/// <param name="Output">The output file (JSON Lines), written through a temporary file.</param>
/// <param name="Cpo">CPO checks and synthetic negatives.</param>
/// <param name="Kto">KTO rating scale and ranking take.</param>
/// <param name="Balance">KTO label balancing, or null for none.</param>
/// <param name="Negatives">For sentence-transformers output: exactly this many negative columns per row (rows with fewer
/// are skipped and counted); null keeps every negative.</param>
public sealed record ConversionRequest(
    string Input,
    string Output,
    CpoOptions? Cpo = null,
    KtoOptions? Kto = null,
    KtoBalance? Balance = null,
    int? Negatives = null)
{
    public CpoOptions CpoOptions => Cpo ?? CpoOptions.Default;

    public KtoOptions KtoOptions => Kto ?? KtoOptions.Default;
}
