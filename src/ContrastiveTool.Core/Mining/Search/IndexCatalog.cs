using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>One index kind: its <c>--index-kind</c> name, what it is for, how to build one over documents and, for the
/// kinds that save, how to load one.</summary>
public sealed record IndexKind(string Name, string Description,
    Func<Tensor, SearchIndexOptions, IProgress<SearchProgress>?, CancellationToken, IVectorIndex> Build,
    Func<string, SearchIndexOptions, IVectorIndex>? Load);

/// <summary>The index kinds by name (<c>--index-kind</c>), and <see cref="Open"/>: load a saved index or build one.</summary>
public static class IndexCatalog
{
    /// <summary>Every kind, one line each.</summary>
    public static IReadOnlyList<IndexKind> All { get; } =
    [
        new("exact", "every document scored (blocked matrix product + top-k); recall 1, cost N·d per query",
            (documents, _, _, _) => new ExactIndex(documents), null),
        new("hnsw", "USearch HNSW graph; fast queries, slow build (threads), keeps a copy of the vectors",
            (documents, o, progress, ct) => HnswIndex.Build(documents, o.Connectivity, o.ExpansionAdd, o.ExpansionSearch, o.Threads, progress, ct),
            (path, o) => HnswIndex.Load(path, o.ExpansionSearch, o.Threads)),
        new("ivf", "k-means cells + exact search in the probed cells (FAISS IVF-Flat); fast build, recall set by --nprobe",
            (documents, o, progress, ct) => IvfIndex.Build(documents, o.Lists, o.Probes, o.Seed, progress, ct),
            (path, o) => IvfIndex.Load(path, o.Probes)),
    ];

    /// <summary>The names, in catalog order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(k => k.Name).ToList();

    /// <summary>The kind called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="UserInputException">Unknown name (with "did you mean" and the list).</exception>
    public static IndexKind Find(string name) => NameLookup.Find(All, k => k.Name, name, "--index-kind");

    /// <summary>The index of kind <paramref name="kind"/> over <paramref name="documents"/>: loaded from
    /// <paramref name="indexPath"/> when that file exists (it must hold as many vectors of the same dimension), otherwise
    /// built, and saved there when a path is given.</summary>
    /// <exception cref="UserInputException">Unknown kind, a path for <c>exact</c>, or a saved index that does not fit.</exception>
    public static IVectorIndex Open(string kind, Tensor documents, string? indexPath = null, SearchIndexOptions? options = null,
        IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var entry = Find(kind);
        options ??= new SearchIndexOptions();
        if (indexPath is null)
            return entry.Build(documents, options, progress, cancellationToken);
        if (entry.Load is null)
            throw new UserInputException($"--index-kind {entry.Name} builds nothing to save; drop --index, or choose {string.Join(" or ", All.Where(k => k.Load is not null).Select(k => k.Name))}");
        if (File.Exists(indexPath))
        {
            var loaded = entry.Load(indexPath, options);
            if (loaded.Count == documents.shape[0] && loaded.Dimension == documents.shape[1])
                return loaded;
            var (count, dimension) = (loaded.Count, loaded.Dimension);
            loaded.Dispose();
            throw new UserInputException($"'{indexPath}' indexes {count} vectors of {dimension}, but the embeddings are " +
                $"{documents.shape[0]} × {documents.shape[1]}; delete it to rebuild, or give another --index path");
        }
        var built = entry.Build(documents, options, progress, cancellationToken);
        try
        {
            built.Save(indexPath);
            return built;
        }
        catch
        {
            built.Dispose();
            throw;
        }
    }
}
