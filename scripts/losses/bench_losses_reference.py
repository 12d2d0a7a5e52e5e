"""Reference CPU timings for every ContrastiveTool loss: a row-by-row (looped) implementation versus the vectorised one.

What it measures
    Forward + backward time of each loss at B = 256, d = 384, K = 7 explicit negatives, question groups of 1-4 rows
    (seeded), float32, torch.set_num_threads(2); the median of 20 timed runs after 3 warm-up runs (a measurement
    stops early, after at least 5 runs, once its timed runs pass --budget seconds: some looped losses take seconds
    per run). Other listwise/matryoshka/mnr settings: one list per question (M = 4 slots, masked), matryoshka dims
    [384, 256, 128, 64, 32] around infonce, mnr symmetric with the negatives, rank_infonce with ranks and scores,
    triplet/adaptive_triplet over all K negatives, gist with guide negatives (guide width 384).
    The numbers are wall-clock on whatever machine runs it: on a shared, loaded machine they are noisy (the load
    average is printed to stderr with each line).
    (a) looped: written the way the seed project (rank-test QA loss comparison) writes its losses: the similarity
        matrix at most once, then Python loops over questions and rows, one small tensor op per row. For the losses
        the seed has (flex_infonce, rank_infonce, relaxed_hard_neg, listwise) the loop structure mirrors the seed's;
        infonce and hard_neg_infonce use the same seed-style row loops; for the seed's TripletLoss (already
        vectorised over rows) and every other loss it is the natural per-row loop.
    (b) vectorised: the implementations in loss_reference.py (the same code that made the parity fixtures).
    Before timing, each pair is checked to give the same loss value (relative 1e-4), so the looped code doubles as an
    independent check of the reference definitions.

How to run
    /usr/bin/python3 scripts/losses/bench_losses_reference.py [--runs 20] [--threads 2] [--budget 20] [--only LOSS ...]
Output: JSON on stdout, {"<loss>": {"looped_ms": x, "vectorised_ms": y}, ...}; progress and checks on stderr.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections import defaultdict

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loss_reference import LOSSES, NO_GRAD_INPUTS  # noqa: E402

B, D, K, DG = 256, 384, 7, 384
MATRYOSHKA_DIMS = [384, 256, 128, 64, 32]

PARAMS = {
    "infonce": {"temperature": 0.1},
    "flex_infonce": {"temperature": 0.1},
    "rank_infonce": {"temperature": 0.1, "use_ranks": True, "use_scores": True, "rank_weight": 0.1, "score_weight": 0.01},
    "relaxed_hard_neg": {"temperature": 0.1, "p": 0.1},
    "hard_neg_infonce": {"temperature": 0.1, "hard_negative_weight": 1.0},
    "infonce_negs": {"temperature": 0.07},
    "mnr": {"scale": 20.0, "symmetric": True},
    "triplet": {"margin": 0.2, "similarity": "dot"},
    "adaptive_triplet": {"margin": 0.5},
    "listwise": {"temperature": 1.0},
    "mse": {},
    "cosent": {"scale": 20.0},
    "matryoshka": {"inner": "infonce", "dims": MATRYOSHKA_DIMS, "weights": [1.0] * len(MATRYOSHKA_DIMS), "temperature": 0.1},
    "contrastive": {"margin": 0.5},
    "online_contrastive": {"margin": 0.5},
    "softmax": {"dimension": D, "labels": 3},
    "distill_mse": {},
    "gist": {"temperature": 0.01, "margin": 0.0, "margin_strategy": "absolute"},
}

# Which inputs each loss takes.
INPUTS = {
    "infonce": ["queries", "answers"],
    "flex_infonce": ["queries", "answers", "question_ids"],
    "rank_infonce": ["queries", "answers", "question_ids", "ranks", "scores"],
    "relaxed_hard_neg": ["queries", "answers", "question_ids"],
    "hard_neg_infonce": ["queries", "answers", "question_ids", "ranks"],
    "infonce_negs": ["queries", "answers", "negatives"],
    "mnr": ["queries", "answers", "negatives"],
    "triplet": ["queries", "answers", "negatives"],
    "adaptive_triplet": ["queries", "answers", "negatives"],
    "listwise": ["list_queries", "list_answers", "list_scores", "list_mask"],
    "mse": ["queries", "answers", "labels"],
    "cosent": ["queries", "answers", "labels"],
    "matryoshka": ["queries", "answers"],
    "contrastive": ["queries", "answers", "binary_labels"],
    "online_contrastive": ["queries", "answers", "binary_labels"],
    "softmax": ["queries", "answers", "class_labels", "head_weight", "head_bias"],
    "distill_mse": ["queries", "teacher"],
    "gist": ["queries", "answers", "negatives", "guide_queries", "guide_answers", "guide_negatives"],
}
RENAME = {"binary_labels": "labels", "class_labels": "labels"}


def make_data(seed=1234):
    g = torch.Generator().manual_seed(seed)

    def unit(*shape):
        return F.normalize(torch.randn(*shape, generator=g), dim=-1)

    sizes = []
    while sum(sizes) < B:
        sizes.append(min(int(torch.randint(1, 5, (1,), generator=g)), B - sum(sizes)))
    order = torch.randperm(B, generator=g).tolist()
    ids, ranks, scores = [0] * B, [0] * B, [0.0] * B
    groups, at = [], 0
    for gi, n in enumerate(sizes):
        rows = order[at:at + n]
        at += n
        groups.append(rows)
        perm = torch.randperm(n, generator=g).tolist()
        votes = sorted(torch.randint(-2, 50, (n,), generator=g).tolist(), reverse=True)
        for r, row in enumerate(rows):
            ids[row], ranks[row], scores[row] = gi, perm[r], float(votes[perm[r]])
    base = unit(len(sizes), D)
    q = torch.stack([F.normalize(base[ids[i]] + 0.35 * torch.randn(D, generator=g), dim=0) for i in range(B)])
    a = F.normalize(q + 0.9 * torch.randn(B, D, generator=g), dim=-1)
    n = unit(B, K, D)
    n[:, 0] = F.normalize(q + 0.6 * torch.randn(B, D, generator=g), dim=-1)
    proj = torch.randn(DG, D, generator=g) / math.sqrt(D)

    def guide(x):
        return F.normalize(x @ proj.t() + 0.3 * torch.randn(*x.shape[:-1], DG, generator=g), dim=-1)

    # listwise: one list per question, M = 4 slots, masked
    qn, m = len(groups), 4
    lq = torch.stack([q[rows[0]] for rows in groups])
    la = unit(qn, m, D)
    ls = torch.zeros(qn, m)
    lm = torch.zeros(qn, m)
    for qi, rows in enumerate(groups):
        for slot, row in enumerate(rows):
            la[qi, slot] = a[row]
            ls[qi, slot] = scores[row] / 10.0
            lm[qi, slot] = 1.0
    return {
        "queries": q, "answers": a, "negatives": n,
        "question_ids": torch.tensor(ids), "ranks": torch.tensor(ranks), "scores": torch.tensor(scores),
        "labels": torch.rand(B, generator=g), "binary_labels": (torch.rand(B, generator=g) < 0.5).float(),
        "class_labels": torch.randint(0, 3, (B,), generator=g).float(),
        "head_weight": 0.05 * torch.randn(3, 3 * D, generator=g), "head_bias": 0.1 * torch.randn(3, generator=g),
        "teacher": F.normalize(q + 0.5 * torch.randn(B, D, generator=g), dim=-1),
        "guide_queries": guide(q), "guide_answers": guide(a), "guide_negatives": guide(n),
        "list_queries": lq, "list_answers": la, "list_scores": ls, "list_mask": lm,
    }


# ----------------------------------------------------------------------------- row-by-row implementations

def _groups(question_ids):
    groups = defaultdict(list)
    for i, qid in enumerate(question_ids.tolist()):
        groups[qid].append(i)
    return groups


def looped_infonce(x, p):
    q, a = x["queries"], x["answers"]
    s = q @ a.t() / p["temperature"]
    b = s.shape[0]
    total = 0.0
    for i in range(b):
        total = total - F.log_softmax(s[i], dim=0)[i] - F.log_softmax(s[:, i], dim=0)[i]
    return total / (2 * b)


def looped_flex_infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    total = 0.0
    for _, idx in _groups(x["question_ids"]).items():
        for i in idx:
            logp = F.log_softmax(s[i], dim=0)
            total = total - logp[idx].mean()
    return total / s.shape[0]


def looped_rank_infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    total = 0.0
    for _, idx in _groups(x["question_ids"]).items():
        w = torch.ones(len(idx), dtype=s.dtype)
        if p["use_ranks"]:
            w = w * torch.exp(-p["rank_weight"] * x["ranks"][idx].to(s.dtype))
        if p["use_scores"]:
            sc = x["scores"][idx]
            hi, lo = sc.max(), sc.min()
            norm = (sc - lo) / (hi - lo) if hi > lo else torch.zeros_like(sc)
            w = w * torch.exp(p["score_weight"] * norm)
        w = w / w.sum()
        for i in idx:
            logp = F.log_softmax(s[i], dim=0)
            total = total - (w * logp[idx]).sum()
    return total / s.shape[0]


def looped_relaxed_hard_neg(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    b = s.shape[0]
    total = 0.0
    for _, idx in _groups(x["question_ids"]).items():
        for i in idx:
            others = [j for j in idx if j != i]
            target = torch.zeros(b, dtype=s.dtype)
            if others and p["p"] > 0:
                target[i] = 1.0 - p["p"]
                target[others] = p["p"] / len(others)
            else:
                target[i] = 1.0
            total = total + F.kl_div(F.log_softmax(s[i], dim=0), target, reduction="sum")
    return total / b


def looped_hard_neg_infonce(x, p):
    s = x["queries"] @ x["answers"].t() / p["temperature"]
    base = looped_infonce(x, p)
    ranks = x["ranks"].tolist()
    pen, count = 0.0, 0
    for _, idx in _groups(x["question_ids"]).items():
        for i in idx:
            for j in idx:
                if j != i and ranks[j] > ranks[i]:
                    pen = pen + torch.exp(s[i, j])
                    count += 1
    return base + p["hard_negative_weight"] * (pen / count if count else 0.0)


def looped_infonce_negs(x, p):
    q, a, n = x["queries"], x["answers"], x["negatives"]
    total = 0.0
    for i in range(q.shape[0]):
        pos = F.cosine_similarity(q[i], a[i], dim=0).unsqueeze(0)
        neg = F.cosine_similarity(q[i].unsqueeze(0), n[i], dim=-1)
        total = total - F.log_softmax(torch.cat([pos, neg]) / p["temperature"], dim=0)[0]
    return total / q.shape[0]


def looped_mnr(x, p):
    q, a = x["queries"], x["answers"]
    b = q.shape[0]
    cands = torch.cat([a, x["negatives"].reshape(-1, a.shape[1])]) if "negatives" in x else a
    qn, cn = F.normalize(q, dim=-1), F.normalize(cands, dim=-1)     # normalised once, then row by row
    fwd = 0.0
    for i in range(b):
        row = p["scale"] * (cn @ qn[i])
        fwd = fwd - F.log_softmax(row, dim=0)[i]
    fwd = fwd / b
    if not p["symmetric"]:
        return fwd
    back = 0.0
    for i in range(b):
        row = p["scale"] * (qn @ cn[i])
        back = back - F.log_softmax(row, dim=0)[i]
    return 0.5 * (fwd + back / b)


def looped_triplet(x, p):
    q, a, n = x["queries"], x["answers"], x["negatives"]
    total = 0.0
    for i in range(q.shape[0]):
        if p["similarity"] == "cos":
            sp = F.cosine_similarity(q[i], a[i], dim=0)
            sn = F.cosine_similarity(q[i].unsqueeze(0), n[i], dim=-1)
        else:
            sp, sn = q[i] @ a[i], n[i] @ q[i]
        total = total + F.relu(sn - sp + p["margin"]).sum()
    return total / (n.shape[0] * n.shape[1])


def looped_adaptive_triplet(x, p):
    q, a, n = x["queries"], x["answers"], x["negatives"]
    total = 0.0
    for i in range(q.shape[0]):
        cp = F.cosine_similarity(q[i], a[i], dim=0)
        cn = F.cosine_similarity(q[i].unsqueeze(0), n[i], dim=-1)
        m = p["margin"] * (1.0 - cp.detach())
        total = total + (F.relu(m + cn - cp) + 0.1 * F.relu(cn - 0.8)).sum()
    return total / (n.shape[0] * n.shape[1])


def looped_listwise(x, p):
    total, items = 0.0, 0
    for qi in range(x["list_queries"].shape[0]):
        valid = x["list_mask"][qi] > 0
        ans, sc = x["list_answers"][qi][valid], x["list_scores"][qi][valid]
        sim = (ans @ x["list_queries"][qi]) / p["temperature"]
        target = F.softmax(sc / p["temperature"], dim=0)
        total = total + F.kl_div(F.log_softmax(sim, dim=0), target, reduction="sum")
        items += 1
    return total / items


def looped_mse(x, p):
    total = 0.0
    for i in range(x["queries"].shape[0]):
        total = total + (F.cosine_similarity(x["queries"][i], x["answers"][i], dim=0) - x["labels"][i]) ** 2
    return total / x["queries"].shape[0]


def looped_cosent(x, p):
    q, a, y = x["queries"], x["answers"], x["labels"]
    b = q.shape[0]
    cos = torch.stack([F.cosine_similarity(q[i], a[i], dim=0) for i in range(b)])
    terms = [torch.zeros(1, dtype=cos.dtype)]
    for i in range(b):
        lower = y < y[i]
        if bool(lower.any()):
            terms.append(p["scale"] * (cos[lower] - cos[i]))
    return torch.logsumexp(torch.cat(terms), dim=0)


def looped_matryoshka(x, p):
    total = 0.0
    for dim, w in zip(p["dims"], p["weights"]):
        cut = {"queries": F.normalize(x["queries"][:, :dim], dim=-1), "answers": F.normalize(x["answers"][:, :dim], dim=-1)}
        total = total + w * looped_infonce(cut, p)
    return total


def looped_contrastive(x, p):
    total = 0.0
    for i in range(x["queries"].shape[0]):
        d = 1.0 - F.cosine_similarity(x["queries"][i], x["answers"][i], dim=0)
        y = x["labels"][i]
        total = total + 0.5 * (y * d ** 2 + (1 - y) * F.relu(p["margin"] - d) ** 2)
    return total / x["queries"].shape[0]


def looped_online_contrastive(x, p):
    b = x["queries"].shape[0]
    d = [1.0 - F.cosine_similarity(x["queries"][i], x["answers"][i], dim=0) for i in range(b)]
    y = x["labels"].tolist()
    poss = [d[i] for i in range(b) if y[i] == 1]
    negs = [d[i] for i in range(b) if y[i] == 0]
    neg_thr = max(float(v) for v in poss) if len(poss) > 1 else sum(float(v) for v in negs) / len(negs)
    pos_thr = min(float(v) for v in negs) if len(negs) > 1 else sum(float(v) for v in poss) / len(poss)
    total = 0.0
    for v in poss:
        if float(v) > pos_thr:
            total = total + v ** 2
    for v in negs:
        if float(v) < neg_thr:
            total = total + F.relu(p["margin"] - v) ** 2
    return total


def looped_softmax(x, p):
    total = 0.0
    for i in range(x["queries"].shape[0]):
        u, v = x["queries"][i], x["answers"][i]
        logits = x["head_weight"] @ torch.cat([u, v, (u - v).abs()]) + x["head_bias"]
        total = total - F.log_softmax(logits, dim=0)[int(x["labels"][i])]
    return total / x["queries"].shape[0]


def looped_distill_mse(x, p):
    total = 0.0
    for i in range(x["queries"].shape[0]):
        total = total + ((x["queries"][i] - x["teacher"][i]) ** 2).sum()
    return total / x["queries"].numel()


def looped_gist(x, p):
    q, a = F.normalize(x["queries"], dim=-1), F.normalize(x["answers"], dim=-1)     # normalised once
    gq, ga = F.normalize(x["guide_queries"], dim=-1), F.normalize(x["guide_answers"], dim=-1)
    b = q.shape[0]
    n = gn = None
    if "negatives" in x:
        n = F.normalize(x["negatives"].reshape(-1, q.shape[1]), dim=-1)
        gn = F.normalize(x["guide_negatives"].reshape(-1, gq.shape[1]), dim=-1)
    total = 0.0
    for i in range(b):
        g_pos = gq[i] @ ga[i]
        thr = g_pos - p["margin"] if p["margin_strategy"] == "absolute" else g_pos * (1 - p["margin"])
        blocks = [(a @ q[i], ga @ gq[i], True), (q @ q[i], gq @ gq[i], False), (a @ a[i], ga @ ga[i], False)]
        if n is not None:
            blocks.append((n @ q[i], gn @ gq[i], False))
        row = []
        for sims, guide, own in blocks:
            drop = guide > thr
            if own:
                drop[i] = False
            row.append(sims.masked_fill(drop, float("-inf")))
        total = total - F.log_softmax(torch.cat(row) / p["temperature"], dim=0)[i]
    return total / b


LOOPED = {name[len("looped_"):]: fn for name, fn in globals().items() if name.startswith("looped_")}


# ------------------------------------------------------------------------------------------------ timing

def leaves_for(loss, data):
    x = {}
    for key in INPUTS[loss]:
        name = RENAME.get(key, key)
        t = data[key]
        if t.is_floating_point() and name not in NO_GRAD_INPUTS:
            t = t.clone().requires_grad_(True)
        x[name] = t
    return x


def time_once(fn, x, p):
    for t in x.values():
        t.grad = None
    start = time.perf_counter()
    out = fn(x, p)
    value = out[0] if isinstance(out, tuple) else out
    value.backward()
    return (time.perf_counter() - start) * 1000.0, float(value.detach())


def bench(fn, x, p, runs, budget_s, warmup=3):
    """Median of up to 'runs' timed runs after the warm-up; stops early (at 5 runs or more) once the timed
    runs have taken budget_s seconds, so the slowest looped losses stay tractable. Returns (median, runs done)."""
    first = time_once(fn, x, p)[0]
    for _ in range(warmup - 1 if first < 1000 * budget_s / 10 else 0):
        time_once(fn, x, p)
    times = []
    while len(times) < runs and (len(times) < 5 or sum(times) < 1000 * budget_s):
        times.append(time_once(fn, x, p)[0])
    return statistics.median(times), len(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--budget", type=float, default=20.0,
                    help="seconds of timed runs per measurement before stopping early (at least 5 runs)")
    ap.add_argument("--only", nargs="*", help="losses to time (default: all)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    data = make_data()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    result, failed = {}, []
    for loss in args.only or LOSSES:
        p = PARAMS[loss]
        x = leaves_for(loss, data)
        _, v_loop = time_once(LOOPED[loss], x, p)
        _, v_vec = time_once(LOSSES[loss], x, p)
        agree = abs(v_loop - v_vec) <= 1e-4 * max(1.0, abs(v_vec))
        if not agree:
            failed.append(loss)
        looped_ms, n_loop = bench(LOOPED[loss], x, p, args.runs, args.budget)
        vectorised_ms, n_vec = bench(LOSSES[loss], x, p, args.runs, args.budget)
        result[loss] = {"looped_ms": round(looped_ms, 3), "vectorised_ms": round(vectorised_ms, 3)}
        print(f"{loss:<20} looped {looped_ms:9.2f} ms ({n_loop:2d} runs)  vectorised {vectorised_ms:8.2f} ms "
              f"({n_vec:2d} runs)  x{looped_ms / vectorised_ms:6.1f}  values {v_loop:.6g} / {v_vec:.6g} "
              f"{'ok' if agree else 'DIFFER'}  load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    if failed:
        print("looped and vectorised values differ for: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
