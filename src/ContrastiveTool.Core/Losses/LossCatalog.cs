namespace ContrastiveTool.Core.Losses;

/// <summary>Every loss, by the name configs and the command line use. One entry per loss; explicit, no scanning.</summary>
public static class LossCatalog
{
    private const BatchKind Pairs = BatchKind.InBatchPairs | BatchKind.GroupedPairs;

    public static IReadOnlyList<LossDescriptor> All { get; } =
    [
        new("infonce", [], "½[CE(S, diag) + CE(Sᵀ, diag)], S = Q·Aᵀ/τ", "temperature=0.1", ["temperature"], Pairs,
            p => new InfoNceLoss(p.Double("temperature", 0.1))),
        new("flex_infonce", [], "loss_i = −mean_{j∈P(i)} log softmax(S_i)_j; P(i) = rows of i's question", "temperature=0.1", ["temperature"], Pairs,
            p => new FlexInfoNceLoss(p.Double("temperature", 0.1))),
        new("rank_infonce", ["multiple_positives"], "−Σ_{j∈P(i)} w_j log softmax(S_i)_j, w ∝ e^{−rank_weight·rank}·e^{score_weight·ŝ}",
            "temperature=0.1 use_ranks=true use_scores=false rank_weight=0.1 score_weight=0.01",
            ["temperature", "use_ranks", "use_scores", "rank_weight", "score_weight"], BatchKind.GroupedPairs,
            p => new RankInfoNceLoss(p.Double("temperature", 0.1), p.Bool("use_ranks", true), p.Bool("use_scores", false),
                p.Double("rank_weight", 0.1), p.Double("score_weight", 0.01))),
        new("relaxed_hard_neg", [], "KL(t_i ‖ softmax(S_i)); t: 1−p on i, p over i's question's other rows", "temperature=0.1 p=0.1",
            ["temperature", "p"], Pairs,
            p => new RelaxedHardNegativeLoss(p.Double("temperature", 0.1), p.Double("p", 0.1))),
        new("hard_neg_infonce", [], "infonce + λ·mean_{same question, lower rank} exp(S_ij)", "temperature=0.1 hard_negative_weight=1",
            ["temperature", "hard_negative_weight"], BatchKind.GroupedPairs,
            p => new HardNegativeInfoNceLoss(p.Double("temperature", 0.1), p.Double("hard_negative_weight", 1))),
        new("infonce_negs", [], "−log(e^{cos(a,p)/τ} / (e^{cos(a,p)/τ} + Σ_k e^{cos(a,n_k)/τ}))", "temperature=0.07", ["temperature"],
            BatchKind.ExplicitNegatives | BatchKind.Triplets,
            p => new InfoNceNegativesLoss(p.Double("temperature", 0.07))),
        new("mnr", ["multiple_negatives_ranking"], "CE(scale·cos(a_i, [positives; negatives]), i)", "scale=20 symmetric=false",
            ["scale", "symmetric"], Pairs | BatchKind.ExplicitNegatives | BatchKind.Triplets,
            p => new MultipleNegativesRankingLoss(p.Double("scale", 20), p.Bool("symmetric", false))),
        new("triplet", [], "mean relu(s(a,n) − s(a,p) + m), s = dot or cos", "margin=0.2 similarity=dot", ["margin", "similarity"],
            BatchKind.Triplets | BatchKind.ExplicitNegatives,
            p => new TripletLoss(p.Double("margin", 0.2), p.String("similarity", "dot"))),
        new("adaptive_triplet", [], "mean[relu(m(1−cos(a,p)) + cos(a,n) − cos(a,p)) + 0.1·relu(cos(a,n) − 0.8)]", "margin=0.5", ["margin"],
            BatchKind.Triplets | BatchKind.ExplicitNegatives,
            p => new AdaptiveTripletLoss(p.Double("margin", 0.5))),
        new("listwise", [], "mean_q KL(softmax(scores/τ) ‖ softmax(sim/τ))", "temperature=1.0", ["temperature"], BatchKind.ScoredLists,
            p => new ListwiseLoss(p.Double("temperature", 1.0))),
        new("mse", ["cosine_similarity"], "mean (cos(q,a) − label)²", "(none)", [], BatchKind.LabelledPairs | BatchKind.GroupedPairs,
            _ => new CosineSimilarityMseLoss()),
        new("cosent", [], "log(1 + Σ_{y_i > y_j} exp(λ(cos_j − cos_i)))", "scale=20", ["scale"], BatchKind.LabelledPairs | BatchKind.GroupedPairs,
            p => new CoSentLoss(p.Double("scale", 20))),
        new("matryoshka", [], "Σ_d w_d·L(embeddings[:d] re-normalised)", "inner=infonce dims=[384,256,128,64,32] weights=[1,…]",
            ["inner", "dims", "weights", "(the inner loss's)"], Pairs,
            CreateMatryoshka),
        new("contrastive", [], "mean ½[y·d² + (1−y)·relu(m − d)²], d = 1 − cos", "margin=0.5", ["margin"], BatchKind.LabelledPairs,
            p => new HadsellContrastiveLoss(p.Double("margin", 0.5))),
        new("online_contrastive", [], "contrastive on the batch's hard positives and hard negatives (summed)", "margin=0.5", ["margin"],
            BatchKind.LabelledPairs,
            p => new OnlineContrastiveLoss(p.Double("margin", 0.5))),
        new("softmax", [], "CE(W·[u; v; |u−v|] + b, label), trainable head", "dimension=384 labels=3", ["dimension", "labels"],
            BatchKind.LabelledPairs,
            p => new SoftmaxClassificationLoss(p.Long("dimension", 384), p.Long("labels", 3))),
        new("distill_mse", [], "mean (student − teacher)²", "(none)", [], BatchKind.TeacherEmbeddings,
            _ => new DistillationMseLoss()),
        new("gist", [], "CE([ap, aa, pp, an]/τ, i), guide-flagged false negatives masked", "temperature=0.01 margin=0 margin_strategy=absolute",
            ["temperature", "margin", "margin_strategy"], BatchKind.InBatchPairs | BatchKind.ExplicitNegatives | BatchKind.Triplets,
            p => new GistLoss(p.Double("temperature", 0.01), p.Double("margin", 0), p.String("margin_strategy", "absolute"))),
    ];

    /// <summary>The descriptor called <paramref name="name"/> (or an alias); unknown names get "did you mean" and the list.</summary>
    public static LossDescriptor Find(string name)
    {
        var match = All.FirstOrDefault(d => d.Aliases.Contains(name?.Trim() ?? "", StringComparer.OrdinalIgnoreCase));
        return match ?? NameLookup.Find(All, d => d.Name, name ?? "", "loss");
    }

    /// <summary>Builds the loss called <paramref name="name"/>; unknown parameters are refused.</summary>
    public static IContrastiveLoss Create(string name, LossParameters? parameters = null)
    {
        var descriptor = Find(name);
        parameters ??= LossParameters.None;
        var loss = descriptor.Create(parameters);
        parameters.EnsureAllUsed(descriptor.Name, descriptor.Parameters);
        return loss;
    }

    private static IContrastiveLoss CreateMatryoshka(LossParameters parameters)
    {
        string innerName = parameters.String("inner", "infonce");
        var dims = parameters.Doubles("dims")?.Select(d => (long)d).ToArray();
        var weights = parameters.Doubles("weights");
        var rest = parameters.Remaining();
        var inner = Create(innerName, rest);
        parameters.MarkUsed(rest.Keys);
        return new MatryoshkaLoss(inner, dims, weights);
    }
}
