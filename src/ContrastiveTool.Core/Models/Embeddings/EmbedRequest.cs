using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>What <c>contrastive embed</c> asks for.</summary>
/// <param name="InputPath">Text file, JSON Lines (with <paramref name="Field"/>) or ranked-QA file.</param>
/// <param name="Model">An encoder name (<c>minilm</c>, ...) or a checkpoint folder.</param>
/// <param name="OutputPath">The <c>.safetensors</c> to write; the ids go beside it.</param>
/// <param name="Field">The JSONL field holding the text; null to detect text vs ranked QA.</param>
/// <param name="Options">Batch size and max length.</param>
/// <param name="Device"><c>cpu</c> (or <c>cuda</c>, refused: this build ships CPU libtorch only).</param>
/// <param name="Seed">Initialises random-init encoders (<c>bow</c>, <c>tiny-transformer</c>).</param>
public sealed record EmbedRequest(string InputPath, string Model, string OutputPath, string? Field, EncodeOptions Options,
                                  string Device = "cpu", long Seed = 42);
