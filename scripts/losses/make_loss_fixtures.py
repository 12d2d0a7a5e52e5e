"""Writes the loss parity fixtures used by the C# tests (tests/ContrastiveTool.Tests/Losses/LossParityTests.cs).

What it produces
    tests/fixtures/losses/<loss>__<case>.json, one file per (loss, case): the loss's parameters, seeded inputs
    (float32-representable values, embedding rows L2-normalised), the reference loss value, its metrics and
    d loss / d input for every trainable float input. The references come from the plain, vectorised PyTorch
    implementations in scripts/losses/loss_reference.py, evaluated in float64 on the float32 inputs.
    tests/fixtures/losses/README.md describes the format and the definitions.

How to re-run (Debian's torch: apt-get install python3-torch python3-numpy libopenblas0-pthread)
    /usr/bin/python3 scripts/losses/make_loss_fixtures.py            # rewrite every fixture
    /usr/bin/python3 scripts/losses/make_loss_fixtures.py --check    # also gradcheck each loss once
Re-running rewrites the files byte for byte (everything is seeded; one thread).

Besides writing the files it checks every value and gradient is finite, re-evaluates every fixture in float32 to
confirm a float32 implementation can meet the C# tests' 1e-5 tolerance, checks it against the independent
row-by-row implementations in bench_losses_reference.py (values and gradients within 1e-12, relative), and prints a
summary table.
"""

import argparse
import json
import math
import os
import sys
import zlib

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import loss_reference  # noqa: E402
from loss_reference import LOSSES, NO_GRAD_INPUTS  # noqa: E402
from bench_losses_reference import LOOPED  # noqa: E402  (row-by-row second implementations)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "losses")
TOLERANCE = 1e-5          # LossParityTests: |error| <= 1e-5 or <= 1e-5 * |expected|
D, K, DG = 8, 3, 6        # embedding width, explicit negatives per row, guide embedding width


# ------------------------------------------------------------------------------------------ data helpers

def f32(t):
    """Rounds to float32-representable values, kept as float64 for the reference computation."""
    return t.to(torch.float32).to(torch.float64)


class Data:
    """Seeded input factory for one fixture."""

    def __init__(self, name):
        self.g = torch.Generator().manual_seed(zlib.crc32(name.encode()))

    def randn(self, *shape):
        return torch.randn(*shape, generator=self.g, dtype=torch.float64)

    def rand(self, *shape):
        return torch.rand(*shape, generator=self.g, dtype=torch.float64)

    def perm(self, n):
        return torch.randperm(n, generator=self.g)

    def randint(self, lo, hi, *shape):
        return torch.randint(lo, hi, shape, generator=self.g)

    def unit(self, *shape):
        return f32(F.normalize(self.randn(*shape), dim=-1))

    def near(self, base, noise):
        """Unit vectors scattered around base (same shape) with relative noise 'noise'."""
        return f32(F.normalize(base + noise * self.randn(*base.shape), dim=-1))

    def guide(self, x, proj, noise=0.3):
        """A frozen 'guide model' view of x: random projection to DG dims plus noise, normalised."""
        return f32(F.normalize(x @ proj.t() + noise * self.randn(*x.shape[:-1], proj.shape[0]), dim=-1))


def grouped(data, sizes, same_query=False, rank_mode="perm"):
    """B = sum(sizes) rows in shuffled order. Returns dict with queries, answers, question_ids, ranks, scores."""
    b = sum(sizes)
    order = data.perm(b).tolist()
    ids = [0] * b
    ranks = [0] * b
    scores = [0.0] * b
    group_rows = []
    gid_pool = (data.perm(90) + 10).tolist()
    at = 0
    for gi, n in enumerate(sizes):
        rows = order[at:at + n]
        at += n
        group_rows.append(rows)
        rk = data.perm(n).tolist() if rank_mode == "perm" else [0] * n
        votes = sorted(data.randint(-2, 21, n).tolist(), reverse=True)       # rank 0 gets the most votes
        for r, row in enumerate(rows):
            ids[row] = gid_pool[gi]
            ranks[row] = rk[r]
            scores[row] = float(votes[rk[r]])
    bases = data.unit(len(sizes), D)
    q = torch.empty(b, D, dtype=torch.float64)
    for gi, rows in enumerate(group_rows):
        for row in rows:
            q[row] = bases[gi] if same_query else data.near(bases[gi], 0.35)
    a = data.near(q, 0.9)
    return {"queries": q, "answers": a, "question_ids": torch.tensor(ids), "ranks": torch.tensor(ranks),
            "scores": f32(torch.tensor(scores))}, group_rows


def grouped_case(name, case):
    data = Data(name)
    if case == "basic":
        x, _ = grouped(data, [3, 2, 1, 2])
    elif case == "groups_of_one":
        x, _ = grouped(data, [1] * 7)
    elif case == "one_group":
        x, _ = grouped(data, [6])
    elif case == "no_lower_ranked":
        x, _ = grouped(data, [3, 2, 1], rank_mode="zero")
    elif case == "ties":
        # identical queries within a question, duplicated answers (inside one question and across two),
        # tied ranks and equal scores inside the first question
        x, rows = grouped(data, [3, 2, 1], same_query=True)
        g0, g1, g2 = rows
        x["answers"][g0[2]] = x["answers"][g0[1]]
        x["answers"][g2[0]] = x["answers"][g1[0]]
        x["ranks"][g0[0]], x["ranks"][g0[1]], x["ranks"][g0[2]] = 0, 1, 1
        for r in g0:
            x["scores"][r] = 5.0
    else:
        raise ValueError(case)
    return x


def pick(x, names):
    return {n: x[n] for n in names}


def pairs(data, b, noise=(0.2, 1.5)):
    """Queries and answers with a spread of pair similarities."""
    q = data.unit(b, D)
    lo, hi = noise
    sig = lo + (hi - lo) * data.rand(b, 1)
    a = f32(F.normalize(q + sig * data.randn(b, D), dim=-1))
    return q, a


def negatives_for(data, q, k=K, hard=0.6):
    """(B,k,d): the first negative of each row is a hard one near the query, the rest random."""
    n = data.unit(q.shape[0], k, D)
    n[:, 0] = data.near(q, hard)
    return n


# -------------------------------------------------------------------------------------------- the cases

def cases():
    """Yields (loss, case, params, inputs)."""
    gp = {"temperature": 0.1}

    for case in ("basic", "ties"):
        yield "infonce", case, dict(gp), pick(grouped_case("infonce" + case, case), ["queries", "answers"])

    for case in ("basic", "groups_of_one", "one_group", "ties"):
        x = grouped_case("flex_infonce" + case, case)
        yield "flex_infonce", case, dict(gp), pick(x, ["queries", "answers", "question_ids"])

    rank_default = {"temperature": 0.1, "use_ranks": True, "use_scores": False, "rank_weight": 0.1, "score_weight": 0.01}
    rank_scores = {"temperature": 0.1, "use_ranks": True, "use_scores": True, "rank_weight": 0.1, "score_weight": 0.5}
    rank_inputs = ["queries", "answers", "question_ids", "ranks", "scores"]
    for case in ("basic", "groups_of_one", "one_group", "ties", "no_lower_ranked"):
        yield "rank_infonce", case, dict(rank_default), pick(grouped_case("rank_infonce" + case, case), rank_inputs)
    for case in ("basic", "one_group", "ties"):
        x = grouped_case("rank_infonce_scores" + case, case)
        yield "rank_infonce", "scores_" + case, dict(rank_scores), pick(x, rank_inputs)

    for case in ("basic", "groups_of_one", "one_group", "ties"):
        x = grouped_case("relaxed_hard_neg" + case, case)
        yield "relaxed_hard_neg", case, {"temperature": 0.1, "p": 0.1}, pick(x, ["queries", "answers", "question_ids"])

    for case in ("basic", "groups_of_one", "one_group", "ties", "no_lower_ranked"):
        x = grouped_case("hard_neg_infonce" + case, case)
        yield ("hard_neg_infonce", case, {"temperature": 0.1, "hard_negative_weight": 1.0},
               pick(x, ["queries", "answers", "question_ids", "ranks"]))

    # infonce_negs
    data = Data("infonce_negs basic")
    q, a = pairs(data, 6)
    yield "infonce_negs", "basic", {"temperature": 0.07}, {"queries": q, "answers": a, "negatives": negatives_for(data, q)}
    data = Data("infonce_negs ties")
    q, a = pairs(data, 6)
    n = negatives_for(data, q)
    n[0, 1] = a[0]                 # a negative identical to the positive
    n[2, 2] = n[2, 1]              # duplicate negatives in one row
    yield "infonce_negs", "ties", {"temperature": 0.07}, {"queries": q, "answers": a, "negatives": n}

    # mnr
    for case, sym, negs in (("basic", False, False), ("with_negatives", False, True),
                            ("symmetric", True, False), ("symmetric_with_negatives", True, True)):
        data = Data("mnr " + case)
        q, a = pairs(data, 6)
        x = {"queries": q, "answers": a}
        if negs:
            x["negatives"] = negatives_for(data, q)
        yield "mnr", case, {"scale": 20.0, "symmetric": sym}, x
    data = Data("mnr ties")
    q, a = pairs(data, 6)
    a[4] = a[1]
    q[5] = q[3]
    yield "mnr", "ties", {"scale": 20.0, "symmetric": True}, {"queries": q, "answers": a}

    # triplet (K = 1)
    for case, sim in (("basic", "dot"), ("cos", "cos"), ("ties", "dot")):
        data = Data("triplet " + case)
        q, a = pairs(data, 8)
        n = negatives_for(data, q, k=1, hard=0.8)
        if case == "ties":
            n[1, 0] = a[1]
            n[6, 0] = a[6]
        yield "triplet", case, {"margin": 0.2, "similarity": sim}, {"queries": q, "answers": a, "negatives": n}

    # adaptive_triplet (K = 1): several negatives above the 0.8 cosine cap
    for case in ("basic", "ties"):
        data = Data("adaptive_triplet " + case)
        q, a = pairs(data, 8)
        n = negatives_for(data, q, k=1, hard=0.25)
        n[5:, 0] = data.unit(3, D)
        if case == "ties":
            n[2, 0] = a[2]
            n[6, 0] = a[6]
        yield "adaptive_triplet", case, {"margin": 0.5}, {"queries": q, "answers": a, "negatives": n}

    # listwise
    for case in ("basic", "ties"):
        data = Data("listwise " + case)
        qn, m = 4, 5
        lq = data.unit(qn, D)
        la = data.near(lq.unsqueeze(1).expand(qn, m, D).clone(), 1.0)
        counts = [5, 3, 1, 4]
        mask = torch.zeros(qn, m, dtype=torch.float64)
        for i, c in enumerate(counts):
            mask[i, :c] = 1.0
        sc = data.randint(0, 9, qn, m).to(torch.float64) * mask
        if case == "ties":
            sc[0] = torch.tensor([3.0, 3.0, 1.0, 3.0, 0.0])     # equal scores inside a question
            sc[3, :4] = 2.0                                      # a question whose scores are all equal
            la[1, 2] = la[1, 0]                                  # duplicated answers (equal scores)
            sc[1, 2] = sc[1, 0]
        yield ("listwise", case, {"temperature": 1.0},
               {"list_queries": lq, "list_answers": la, "list_scores": f32(sc), "list_mask": mask})

    # mse (CosineSimilarityLoss)
    for case in ("basic", "ties"):
        data = Data("mse " + case)
        q, a = pairs(data, 8)
        y = f32(data.rand(8))
        if case == "ties":
            a[3], q[3] = a[1], q[1]
            y[3] = y[1]
            y[5] = y[6]
        yield "mse", case, {}, {"queries": q, "answers": a, "labels": y}

    # cosent
    for case in ("basic", "ties", "all_equal_labels"):
        data = Data("cosent " + case)
        q, a = pairs(data, 8)
        y = f32(data.randint(0, 6, 8).to(torch.float64) / 5.0)     # repeats some labels
        if case == "ties":
            a[4], q[4] = a[2], q[2]
            y[4] = y[2]
            a[6] = a[7]
        if case == "all_equal_labels":
            y = f32(torch.full((8,), 0.6, dtype=torch.float64))
        yield "cosent", case, {"scale": 20.0}, {"queries": q, "answers": a, "labels": y}

    # matryoshka around infonce
    for case, w in (("basic", [1.0, 1.0, 1.0]), ("weighted", [1.0, 0.5, 0.25])):
        x = pick(grouped_case("matryoshka" + case, "basic"), ["queries", "answers"])
        yield "matryoshka", case, {"inner": "infonce", "dims": [8, 4, 2], "weights": w, "temperature": 0.1}, x

    # contrastive (Hadsell)
    for case in ("basic", "ties"):
        data = Data("contrastive " + case)
        q, a = pairs(data, 8, noise=(0.1, 1.2))
        y = f32(torch.tensor([1, 0, 1, 0, 0, 1, 0, 0], dtype=torch.float64))
        if case == "ties":
            a[5], q[5] = a[0], q[0]
            a[7], q[7] = a[3], q[3]
        yield "contrastive", case, {"margin": 0.5}, {"queries": q, "answers": a, "labels": y}

    # online contrastive
    for case, labels in (("basic", [1, 0, 1, 0, 0, 1, 0, 1]), ("one_positive", [0, 0, 1, 0, 0, 0]),
                         ("one_negative", [1, 1, 0, 1, 1, 1])):
        data = Data("online_contrastive " + case)
        q, a = pairs(data, len(labels), noise=(0.1, 1.2))
        yield ("online_contrastive", case, {"margin": 0.5},
               {"queries": q, "answers": a, "labels": f32(torch.tensor(labels, dtype=torch.float64))})

    # softmax (SoftmaxLoss head given as inputs)
    for case in ("basic", "ties"):
        data = Data("softmax " + case)
        q, a = pairs(data, 8)
        y = data.randint(0, 3, 8).to(torch.float64)
        if case == "ties":
            a[2] = q[2]                      # u == v: |u - v| = 0 (gradient of abs at 0 is 0)
            a[5], q[5] = a[4], q[4]
        w = f32(0.4 * data.randn(3, 3 * D))
        bias = f32(0.1 * data.randn(3))
        yield ("softmax", case, {"dimension": D, "labels": 3},
               {"queries": q, "answers": a, "labels": y, "head_weight": w, "head_bias": bias})

    # distill_mse
    for case in ("basic", "ties"):
        data = Data("distill_mse " + case)
        q = data.unit(6, D)
        t = data.near(q, 0.5)
        if case == "ties":
            t[2] = q[2]
        yield "distill_mse", case, {}, {"queries": q, "teacher": t}

    # gist
    for case, negs, params in (("basic", False, {"temperature": 0.01, "margin": 0.0, "margin_strategy": "absolute"}),
                               ("with_negatives", True, {"temperature": 0.01, "margin": 0.0, "margin_strategy": "absolute"}),
                               ("relative_margin", True, {"temperature": 0.01, "margin": 0.1, "margin_strategy": "relative"}),
                               ("absolute_margin", False, {"temperature": 0.01, "margin": 0.05, "margin_strategy": "absolute"})):
        data = Data("gist " + case)
        q, a = pairs(data, 6, noise=(0.3, 1.0))
        a[4] = data.near(a[1].unsqueeze(0), 0.15)[0]                # a likely false negative for row 1
        proj = data.randn(DG, D) / math.sqrt(D)
        x = {"queries": q, "answers": a}
        if negs:
            x["negatives"] = negatives_for(data, q, hard=0.5)
        x["guide_queries"] = data.guide(q, proj)
        x["guide_answers"] = data.guide(a, proj)
        if negs:
            x["guide_negatives"] = data.guide(x["negatives"], proj)
        yield "gist", case, params, x


# ----------------------------------------------------------------------------------------- evaluation

def evaluate(loss, params, inputs, dtype):
    leaves = {}
    for name, t in inputs.items():
        if t.dtype == torch.int64:
            leaves[name] = t
        else:
            leaves[name] = t.to(dtype).clone().requires_grad_(name not in NO_GRAD_INPUTS)
    value, metrics = LOSSES[loss](leaves, params)
    value.backward()
    grads = {}
    for name, t in leaves.items():
        if t.dtype != torch.int64 and t.requires_grad:
            if t.grad is None:
                raise RuntimeError(f"{loss}: no gradient reached {name}")
            grads[name] = t.grad.detach().to(torch.float64)
    return float(value.detach()), metrics, grads


def looped_disagreement(loss, params, inputs, value, grads):
    """Largest relative difference between the fixture and the independent row-by-row implementation."""
    leaves = {n: (t.clone().requires_grad_(True) if t.is_floating_point() and n not in NO_GRAD_INPUTS else t)
              for n, t in inputs.items()}
    out = LOOPED[loss](leaves, params)
    out = torch.as_tensor(out, dtype=torch.float64)
    if out.requires_grad:
        out.backward()
    worst = abs(float(out) - value) / max(1.0, abs(value))
    for n, g in grads.items():
        mine = leaves[n].grad if leaves[n].grad is not None else torch.zeros_like(g)
        worst = max(worst, float(((mine - g).abs() / g.abs().clamp_min(1.0)).max()))
    return worst


def tensor_json(t, with_dtype=True):
    out = {"shape": list(t.shape)}
    if with_dtype:
        out["dtype"] = "int64" if t.dtype == torch.int64 else "float32"
    if t.dtype == torch.int64:
        out["data"] = [int(v) for v in t.flatten().tolist()]
    else:
        out["data"] = [float(v) for v in t.flatten().tolist()]
    return out


def worst_ratio(expected, actual):
    """Largest |error| / allowed under the C# rule (allowed = max(1e-5, 1e-5 |expected|))."""
    err = (expected - actual).abs()
    allowed = torch.clamp(expected.abs() * TOLERANCE, min=TOLERANCE)
    return float((err / allowed).max())


def gradcheck_once(loss, params, inputs):
    names = [n for n, t in inputs.items() if t.dtype != torch.int64 and n not in NO_GRAD_INPUTS]
    fixed = {n: t for n, t in inputs.items() if n not in names}

    def fn(*ts):
        x = dict(fixed)
        x.update(zip(names, ts))
        return LOSSES[loss](x, params)[0]

    if loss == "adaptive_triplet":          # its margin is detached: hold it fixed while differentiating
        cp = F.cosine_similarity(inputs["queries"], inputs["answers"], dim=-1).unsqueeze(1)
        params = dict(params, _fixed_margins=params["margin"] * (1.0 - cp))
    args = tuple(inputs[n].clone().requires_grad_(True) for n in names)
    return torch.autograd.gradcheck(fn, args, eps=1e-6, atol=1e-6, rtol=1e-4)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="also run torch.autograd.gradcheck on each loss once")
    args = ap.parse_args()
    torch.set_num_threads(1)
    loss_reference.STRICT_KINKS = True     # no fixture may sit on a hinge / threshold / mask kink
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))

    rows, checked, problems = [], set(), []
    for loss, case, params, inputs in cases():
        value, metrics, grads = evaluate(loss, params, inputs, torch.float64)
        if not math.isfinite(value) or any(not bool(torch.isfinite(g).all()) for g in grads.values()):
            problems.append(f"{loss}/{case}: non-finite value or gradient")
        kept = {k: v for k, v in metrics.items() if v is not None}
        dropped = sorted(k for k, v in metrics.items() if v is None)
        v32, m32, g32 = evaluate(loss, params, inputs, torch.float32)
        ratio = max([worst_ratio(torch.tensor([value]), torch.tensor([v32]))]
                    + [worst_ratio(grads[n], g32[n]) for n in grads])
        for k, v in kept.items():
            if m32.get(k) is None or abs(m32[k] - v) > max(TOLERANCE, TOLERANCE * abs(v)):
                problems.append(f"{loss}/{case}: metric {k} differs in float32 ({v} vs {m32.get(k)})")
        twin = looped_disagreement(loss, params, inputs, value, grads)
        if twin > 1e-12:
            problems.append(f"{loss}/{case}: the row-by-row implementation differs by {twin:.2e}")
        if ratio > 0.5:
            problems.append(f"{loss}/{case}: float32 re-evaluation uses {ratio:.2f} of the 1e-5 tolerance")
        fixture = {"loss": loss, "case": case, "params": params,
                   "inputs": {n: tensor_json(t) for n, t in inputs.items()},
                   "loss_value": value, "metrics": kept,
                   "grads": {n: tensor_json(g, with_dtype=False) for n, g in grads.items()}}
        with open(os.path.join(OUT, f"{loss}__{case}.json"), "w", encoding="utf-8") as fh:
            json.dump(fixture, fh)
            fh.write("\n")
        gc = ""
        if args.check and loss not in checked:
            gc = "ok" if gradcheck_once(loss, params, inputs) else "FAIL"
            checked.add(loss)
        rows.append((loss, case, value, kept, dropped, ratio, gc))

    print(f"{'loss':<20} {'case':<26} {'value':>14}  {'f32 use':>7}  {'gradcheck':<9} metrics")
    for loss, case, value, kept, dropped, ratio, gc in rows:
        ms = ", ".join(f"{k}={v:.4g}" for k, v in kept.items())
        if dropped:
            ms += f"  (dropped on a tie: {', '.join(dropped)})"
        print(f"{loss:<20} {case:<26} {value:>14.8g}  {ratio:>7.3f}  {gc:<9} {ms}")
    print(f"{len(rows)} fixtures in {os.path.relpath(OUT, ROOT)}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
