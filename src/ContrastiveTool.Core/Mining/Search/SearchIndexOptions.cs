namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The knobs of the index kinds, as the command line gives them; each kind reads its own and ignores the rest.</summary>
/// <param name="Seed">ivf: k-means initialisation and training sample.</param>
/// <param name="Threads">hnsw: threads adding and searching (0 = one per core).</param>
/// <param name="Lists">ivf: inverted lists (k-means cells); null = round(√N).</param>
/// <param name="Probes">ivf: lists scanned per query; null = lists/12 (or the saved value when loading).</param>
/// <param name="Connectivity">hnsw: graph degree M (16).</param>
/// <param name="ExpansionAdd">hnsw: beam width while adding (128).</param>
/// <param name="ExpansionSearch">hnsw: beam width while searching (64; raise it for recall).</param>
public sealed record SearchIndexOptions(int Seed = 42, int Threads = 0, int? Lists = null, int? Probes = null,
    int Connectivity = 16, int ExpansionAdd = 128, int ExpansionSearch = 64);
