"""Plain, vectorised PyTorch reference implementations of every ContrastiveTool loss.

Shared by make_loss_fixtures.py (parity fixtures for the C# tests) and bench_losses_reference.py
(timings). Each loss is a function ``fn(x, p) -> (loss, metrics)``:

* ``x`` maps the fixture input names (queries, answers, negatives, question_ids, ranks, scores, labels,
  list_queries, list_answers, list_scores, list_mask, guide_queries, guide_answers, guide_negatives,
  teacher, head_weight, head_bias) to tensors;
* ``p`` holds the constructor parameters under the C# catalog's names;
* ``metrics`` maps a metric name to a float, or to None when the value hinges on a (near-)tie that a
  float32 implementation could break either way (such metrics are left out of the fixtures).

Every function works in whatever float dtype it is handed (the fixtures use float64).
Run with the system interpreter: /usr/bin/python3 (Debian's python3-torch).
"""

import torch
import torch.nn.functional as F

# Candidates whose logits lie within LOGIT_TIE of the row maximum count as tied for argmax metrics.
LOGIT_TIE = 1e-4
# Similarity comparisons (a > b) closer than SIM_TIE count as ties for rate metrics.
SIM_TIE = 1e-5


# --------------------------------------------------------------------------------------------- helpers

def cos_matrix(a, b):
    """(N,d) x (M,d) -> (N,M) cosine similarities: rows normalised (F.normalize), then a matrix product.

    The same function as F.cosine_similarity(a[:, None], b[None], dim=-1) (and as sentence-transformers'
    util.cos_sim), with the same gradient, without materialising the (N,M,d) broadcast."""
    return F.normalize(a, dim=-1) @ F.normalize(b, dim=-1).t()


def same_question(ids):
    """(B) ids -> (B,B) bool, True where rows share a question (diagonal included)."""
    return ids.unsqueeze(1) == ids.unsqueeze(0)


def top1_rate(logits, correct):
    """Share of rows whose argmax column is 'correct'; None if a near-tie at the top could change it."""
    with torch.no_grad():
        logits = logits.detach()
        top = logits.max(dim=1, keepdim=True).values
        near = logits >= top - LOGIT_TIE
        some = (near & correct).any(dim=1)
        every = (~near | correct).all(dim=1)
        if bool((some != every).any()):
            return None
        return float(some.double().mean())


def gt_rate(a, b):
    """mean(a > b) elementwise; None if any pair is within SIM_TIE."""
    with torch.no_grad():
        a, b = a.detach(), b.detach()
        if bool(((a - b).abs() < SIM_TIE).any()):
            return None
        return float((a > b).double().mean())


# Set by make_loss_fixtures.py: refuse fixture data that sits on a kink (off for benchmarks and general use).
STRICT_KINKS = False


def guard_kink(values, what):
    """With STRICT_KINKS, refuses data that puts a hinge / selection threshold within SIM_TIE of its kink."""
    if not STRICT_KINKS:
        return
    with torch.no_grad():
        v = values.detach()
        if v.numel() and bool((v.abs() < SIM_TIE).any()):
            raise ValueError(f"fixture data sits on a kink of {what}; change the data")


def symmetric_ce(logits):
    target = torch.arange(logits.shape[0])
    return 0.5 * (F.cross_entropy(logits, target) + F.cross_entropy(logits.t(), target))


# ---------------------------------------------------------------------------------------------- losses

def infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    eye = torch.eye(s.shape[0], dtype=torch.bool)
    return symmetric_ce(s), {"accuracy": top1_rate(s, eye)}


def flex_infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    pos = same_question(x["question_ids"])
    logp = F.log_softmax(s, dim=1)
    per_row = -(logp * pos).sum(1) / pos.sum(1)                 # mean over the row's positives
    return per_row.mean(), {"accuracy": top1_rate(s, pos)}


def rank_weights(x, p):
    """(B,B) row-normalised target weights w_ij over j in P(i) (zero outside P(i))."""
    ids = x["question_ids"]
    pos = same_question(ids)
    dtype = x["queries"].dtype
    log_w = torch.zeros(ids.shape[0], dtype=dtype)              # per target row j
    if p["use_ranks"]:
        log_w = log_w - p["rank_weight"] * x["ranks"].to(dtype)
    if p["use_scores"]:
        sc = x["scores"].to(dtype)
        big = torch.finfo(dtype).max
        lo = torch.where(pos, sc.unsqueeze(0), torch.full_like(pos, big, dtype=dtype)).amin(1)
        hi = torch.where(pos, sc.unsqueeze(0), torch.full_like(pos, -big, dtype=dtype)).amax(1)
        span = hi - lo
        norm = torch.where(span > 0, (sc - lo) / torch.where(span > 0, span, torch.ones_like(span)),
                           torch.zeros_like(sc))                 # group min-max of row j's own group
        log_w = log_w + p["score_weight"] * norm
    w = torch.exp(log_w).unsqueeze(0) * pos                     # (B,B): row i, target j
    return w / w.sum(1, keepdim=True)


def rank_infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    w = rank_weights(x, p)
    logp = F.log_softmax(s, dim=1)
    loss = -(w * logp).sum(1).mean()
    return loss, {"accuracy": top1_rate(s, same_question(x["question_ids"]))}


def relaxed_hard_neg(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    b = s.shape[0]
    eye = torch.eye(b, dtype=torch.bool)
    others = same_question(x["question_ids"]) & ~eye
    n_others = others.sum(1, keepdim=True)
    has = n_others > 0
    pm = p["p"]
    diag_mass = 1.0 - pm * has.to(s.dtype)                      # (B,1): 1 - p, or 1 without other rows
    target = eye.to(s.dtype) * diag_mass
    if pm > 0:
        target = target + others * (pm / n_others.clamp_min(1).to(s.dtype))
    logp = F.log_softmax(s, dim=1)
    safe_log_t = torch.log(torch.where(target > 0, target, torch.ones_like(target)))
    kl = torch.where(target > 0, target * (safe_log_t - logp), torch.zeros_like(target)).sum(1)
    return kl.mean(), {"accuracy": top1_rate(s, eye)}


def hard_neg_penalty(x, s):
    ids, ranks = x["question_ids"], x["ranks"]
    lower = same_question(ids) & (ranks.unsqueeze(0) > ranks.unsqueeze(1))   # j ranked below i
    n = int(lower.sum())
    if n == 0:
        return s.sum() * 0.0
    return torch.exp(s)[lower].sum() / n


def hard_neg_infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    pen = hard_neg_penalty(x, s)
    eye = torch.eye(s.shape[0], dtype=torch.bool)
    loss = symmetric_ce(s) + p["hard_negative_weight"] * pen
    return loss, {"accuracy": top1_rate(s, eye), "hard_neg_penalty": float(pen.detach())}


def infonce_negs(x, p):
    q, a, n = x["queries"], x["answers"], x["negatives"]
    pos = F.cosine_similarity(q, a, dim=-1)                     # (B)
    neg = F.cosine_similarity(q.unsqueeze(1), n, dim=-1)        # (B,K)
    logits = torch.cat([pos.unsqueeze(1), neg], 1) / p["temperature"]
    loss = F.cross_entropy(logits, torch.zeros(q.shape[0], dtype=torch.long))
    return loss, {"accuracy": gt_rate(pos, neg.max(1).values)}


def mnr(x, p):
    q, a = x["queries"], x["answers"]
    b = q.shape[0]
    cands = a if "negatives" not in x else torch.cat([a, x["negatives"].reshape(-1, a.shape[1])], 0)
    logits = p["scale"] * cos_matrix(q, cands)                  # (B, B + B*K)
    target = torch.arange(b)
    loss = F.cross_entropy(logits, target)
    if p["symmetric"]:
        back = p["scale"] * cos_matrix(a, q)                    # (B,B): answer i vs query j
        loss = 0.5 * (loss + F.cross_entropy(back, target))
    correct = torch.zeros(logits.shape, dtype=torch.bool)
    correct[target, target] = True
    return loss, {"accuracy": top1_rate(logits, correct)}


def _sim(kind, q, v):
    """q (B,d), v (B,K,d) -> (B,K)."""
    if kind == "cos":
        return F.cosine_similarity(q.unsqueeze(1), v, dim=-1)
    return (q.unsqueeze(1) * v).sum(-1)


def triplet(x, p):
    q, a, n = x["queries"], x["answers"], x["negatives"]
    sp = _sim(p["similarity"], q, a.unsqueeze(1))               # (B,1)
    sn = _sim(p["similarity"], q, n)                            # (B,K)
    arg = sn - sp + p["margin"]
    guard_kink(arg, "triplet hinge")
    loss = F.relu(arg).mean()
    return loss, {"accuracy": gt_rate(sp.expand_as(sn), sn), "violation_rate": float((arg > 0).double().mean())}


def adaptive_triplet(x, p):
    q, a, n = x["queries"], x["answers"], x["negatives"]
    cp = F.cosine_similarity(q, a, dim=-1).unsqueeze(1)         # (B,1)
    cn = F.cosine_similarity(q.unsqueeze(1), n, dim=-1)         # (B,K)
    # The adaptive margin is a constant for the gradient (detached). gradcheck (which differentiates
    # numerically) passes it in precomputed as "_fixed_margins" so both sides see the same function.
    m = p["_fixed_margins"] if "_fixed_margins" in p else p["margin"] * (1.0 - cp.detach())
    arg = m + cn - cp
    guard_kink(arg, "adaptive triplet hinge")
    guard_kink(cn - 0.8, "adaptive triplet 0.8 cap")
    loss = (F.relu(arg) + 0.1 * F.relu(cn - 0.8)).mean()
    return loss, {"accuracy": gt_rate(cp.expand_as(cn), cn), "violation_rate": float((arg > 0).double().mean())}


def listwise_ndcg(sim, scores, valid):
    """Mean NDCG over questions with a non-zero ideal DCG; None if none, or if a similarity tie
    between two valid answers with different gains makes the predicted order ambiguous."""
    with torch.no_grad():
        total, judged = 0.0, 0
        for qi in range(sim.shape[0]):
            idx = valid[qi].nonzero().flatten()
            s, sc = sim[qi, idx], scores[qi, idx]
            lo, hi = sc.min(), sc.max()
            gains = (sc - lo) / (hi - lo) if hi > lo else torch.zeros_like(sc)
            close = (s.unsqueeze(0) - s.unsqueeze(1)).abs() < SIM_TIE
            differ = gains.unsqueeze(0) != gains.unsqueeze(1)
            if bool((close & differ).any()):
                return None
            disc = 1.0 / torch.log2(torch.arange(len(idx), dtype=sim.dtype) + 2.0)
            dcg = (gains[torch.argsort(s, descending=True, stable=True)] * disc).sum()
            ideal = (torch.sort(gains, descending=True).values * disc).sum()
            if ideal > 0:
                total += float(dcg / ideal)
                judged += 1
        return total / judged if judged else None


def listwise(x, p):
    q, ans, scores, mask = x["list_queries"], x["list_answers"], x["list_scores"], x["list_mask"]
    valid = mask > 0
    tau = p["temperature"]
    sim = (q.unsqueeze(1) * ans).sum(-1)                        # (Q,M)
    neg_inf = torch.tensor(float("-inf"), dtype=sim.dtype)
    logp = F.log_softmax(torch.where(valid, sim / tau, neg_inf), dim=1)
    target = F.softmax(torch.where(valid, scores / tau, neg_inf), dim=1)
    use = valid & (target > 0)
    safe_t = torch.where(use, target, torch.ones_like(target))
    safe_logp = torch.where(valid, logp, torch.zeros_like(logp))
    terms = torch.where(use, target * (torch.log(safe_t) - safe_logp), torch.zeros_like(target))
    loss = terms.sum(1).mean()
    return loss, {"ndcg": listwise_ndcg(sim.detach(), scores, valid)}


def mse(x, p):
    c = F.cosine_similarity(x["queries"], x["answers"], dim=-1)
    return ((c - x["labels"]) ** 2).mean(), {}


def cosent(x, p):
    c = F.cosine_similarity(x["queries"], x["answers"], dim=-1)
    y = x["labels"]
    ordered = y.unsqueeze(1) > y.unsqueeze(0)                   # (i,j): label_i > label_j
    diffs = p["scale"] * (c.unsqueeze(0) - c.unsqueeze(1))      # [i,j] = scale (cos_j - cos_i)
    terms = torch.cat([torch.zeros(1, dtype=c.dtype), diffs[ordered]])
    loss = torch.logsumexp(terms, 0)
    metrics = {}
    if int(ordered.sum()):
        ci = c.unsqueeze(1).expand_as(ordered)[ordered]
        cj = c.unsqueeze(0).expand_as(ordered)[ordered]
        metrics["accuracy"] = gt_rate(ci, cj)
    return loss, metrics


def matryoshka(x, p):
    inner = LOSSES[p["inner"]]
    inner_p = {k: v for k, v in p.items() if k not in ("inner", "dims", "weights")}
    total = None
    for dim, w in zip(p["dims"], p["weights"]):
        cut = dict(x)
        for name in ("queries", "answers"):
            cut[name] = F.normalize(x[name][:, :dim], dim=-1)
        if "negatives" in x:
            cut["negatives"] = F.normalize(x["negatives"][..., :dim], dim=-1)
        part, _ = inner(cut, inner_p)
        total = w * part if total is None else total + w * part
    return total, {}


def contrastive(x, p):
    d = 1.0 - F.cosine_similarity(x["queries"], x["answers"], dim=-1)
    y = x["labels"]
    guard_kink((p["margin"] - d)[y == 0], "contrastive margin")
    loss = 0.5 * (y * d ** 2 + (1.0 - y) * F.relu(p["margin"] - d) ** 2)
    return loss.mean(), {}


def online_contrastive(x, p):
    d = 1.0 - F.cosine_similarity(x["queries"], x["answers"], dim=-1)
    y = x["labels"]
    negs, poss = d[y == 0], d[y == 1]
    neg_thr = poss.max() if len(poss) > 1 else negs.mean()
    pos_thr = negs.min() if len(negs) > 1 else poss.mean()
    guard_kink(negs - neg_thr, "online contrastive negative selection")
    guard_kink(poss - pos_thr, "online contrastive positive selection")
    neg_pairs = negs[negs < neg_thr]
    pos_pairs = poss[poss > pos_thr]
    guard_kink(p["margin"] - neg_pairs, "online contrastive margin")
    return pos_pairs.pow(2).sum() + F.relu(p["margin"] - neg_pairs).pow(2).sum(), {}


def softmax(x, p):
    u, v = x["queries"], x["answers"]
    feats = torch.cat([u, v, (u - v).abs()], 1)                 # (B,3d)
    logits = feats @ x["head_weight"].t() + x["head_bias"]
    labels = x["labels"].long()
    correct = torch.zeros(logits.shape, dtype=torch.bool)
    correct[torch.arange(len(labels)), labels] = True
    return F.cross_entropy(logits, labels), {"accuracy": top1_rate(logits, correct)}


def distill_mse(x, p):
    return ((x["queries"] - x["teacher"]) ** 2).mean(), {}


def gist(x, p):
    q, a = x["queries"], x["answers"]
    gq, ga = x["guide_queries"], x["guide_answers"]
    b = q.shape[0]
    g_ap = cos_matrix(gq, ga)
    g_pos = g_ap.diagonal().unsqueeze(1)                       # (B,1)
    if p["margin_strategy"] == "absolute":
        thr = g_pos - p["margin"]
    elif p["margin_strategy"] == "relative":
        thr = g_pos * (1.0 - p["margin"])
    else:
        raise ValueError(p["margin_strategy"])
    eye = torch.eye(b, dtype=torch.bool)
    blocks = [(cos_matrix(q, a), g_ap, eye), (cos_matrix(q, q), cos_matrix(gq, gq), None),
              (cos_matrix(a, a), cos_matrix(ga, ga), None)]
    if "negatives" in x:
        n = x["negatives"].reshape(-1, q.shape[1])
        gn = x["guide_negatives"].reshape(-1, gq.shape[1])
        blocks.append((cos_matrix(q, n), cos_matrix(gq, gn), None))
    parts = []
    for sim, guide, keep in blocks:
        gap = guide - thr
        if keep is not None:
            gap = gap[~keep]
        guard_kink(gap, "gist guide mask")
        drop = guide > thr
        if keep is not None:
            drop = drop & ~keep
        parts.append(sim.masked_fill(drop, float("-inf")))
    logits = torch.cat(parts, 1) / p["temperature"]
    target = torch.arange(b)
    correct = torch.zeros(logits.shape, dtype=torch.bool)
    correct[target, target] = True
    metrics = {"accuracy": top1_rate(logits, correct),
               "masked_share": float(torch.isinf(logits.detach()).double().mean())}
    return F.cross_entropy(logits, target), metrics


LOSSES = {
    "infonce": infonce, "flex_infonce": flex_infonce, "rank_infonce": rank_infonce,
    "relaxed_hard_neg": relaxed_hard_neg, "hard_neg_infonce": hard_neg_infonce, "infonce_negs": infonce_negs,
    "mnr": mnr, "triplet": triplet, "adaptive_triplet": adaptive_triplet, "listwise": listwise, "mse": mse,
    "cosent": cosent, "matryoshka": matryoshka, "contrastive": contrastive,
    "online_contrastive": online_contrastive, "softmax": softmax, "distill_mse": distill_mse, "gist": gist,
}

# Inputs that are targets / frozen-guide outputs: no gradient is recorded for them.
NO_GRAD_INPUTS = {"question_ids", "ranks", "scores", "labels", "list_scores", "list_mask",
                  "teacher", "guide_queries", "guide_answers", "guide_negatives"}
