#!/usr/bin/python3
"""Reference ranking metrics, written straight from the definitions, one query at a time; writes the golden fixtures
that tests/ContrastiveTool.Tests/Evaluation compares the tensor code against.

Definitions (trec_eval 9.x, ranking as trec_eval: score descending, ties by docid descending, rank column ignored):
  ndcg@k      ndcg_cut: sum_{i<=k} g(rel_i)/log2(i+1) / same over ALL judged rel values sorted desc, cut at k; g = rel
              (linear) or 2^rel - 1 (exponential); negative rel counts as 0
  map@k       map_cut: sum_{i<=k} P@i * [rel_i >= 1] / R   (min-k variant: / min(k, R), sentence-transformers)
  recall@k    recall_k: hits in top k / R
  precision@k P_k: hits in top k / k (k even when fewer were retrieved)
  mrr@k       recip_rank cut at k: 1/rank of the first relevant doc if rank <= k else 0
  accuracy@k  1 if a relevant doc is in the top k
  seed ndcg@k the seed project's ndcg_at_k: ideal from the retrieved top k re-sorted
  seed map@k  the seed project's map_at_k: sum P@i*rel_i / sum_{i<=k} rel_i, rel binary (rel >= 1) as the seed fed it
Queries with no relevant judged document (R = 0) are left out and listed; queries only in one file are ignored.

Re-run (never in CI; needs only the standard library):
  /usr/bin/python3 scripts/eval/make_eval_fixtures.py
It rewrites tests/fixtures/eval/{qrels.txt,run.txt,expected-*.json} deterministically (seeded).
"""
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "fixtures", "eval")
CUTOFFS = [1, 3, 5, 10, 20]


def read_qrels(path):
    qrels = {}
    for line in open(path):
        if not line.strip():
            continue
        qid, _, doc, rel = line.split()
        qrels.setdefault(qid, {})[doc] = int(rel)
    return qrels


def read_run(path):
    run = {}
    for line in open(path):
        if not line.strip():
            continue
        qid, _, doc, _rank, score, _tag = line.split()
        run.setdefault(qid, []).append((float(score), doc))
    ranked = {}
    for qid, rows in run.items():
        # trec_eval: score descending, then docno descending (strcmp)
        rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
        ranked[qid] = [doc for _, doc in rows]
    return ranked


def gain(rel, kind):
    rel = max(rel, 0)
    return 2.0 ** rel - 1.0 if kind == "exponential" else float(rel)


def ndcg(grades, judged, k, kind):
    dcg = sum(gain(g, kind) / math.log2(i + 2) for i, g in enumerate(grades[:k]))
    ideal = sorted(judged, reverse=True)[:k]
    idcg = sum(gain(g, kind) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def average_precision(grades, r, k, min_k):
    hits, total = 0, 0.0
    for i, g in enumerate(grades[:k]):
        if g >= 1:
            hits += 1
            total += hits / (i + 1)
    denominator = min(k, r) if min_k else r
    return total / denominator if denominator > 0 else 0.0


def reciprocal_rank(grades, k):
    for i, g in enumerate(grades[:k]):
        if g >= 1:
            return 1.0 / (i + 1)
    return 0.0


def seed_ndcg(grades, k):
    top = (grades + [0] * k)[:k]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(top))
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(top, reverse=True)))
    return dcg / idcg if idcg > 0 else 0.0


def seed_map(grades, k):
    top = [1 if g >= 1 else 0 for g in (grades + [0] * k)[:k]]
    running, total = 0.0, 0.0
    for i, g in enumerate(top):
        running += g
        total += running / (i + 1) * g
    found = sum(top)
    return total / found if found > 0 else 0.0


def metric(name, grades, judged, k, options):
    r = sum(1 for g in judged if g >= 1)
    hits = sum(1 for g in grades[:k] if g >= 1)
    if name == "ndcg":
        return seed_ndcg(grades, k) if options["seed_compat"] else ndcg(grades, judged, k, options["gain"])
    if name == "map":
        return seed_map(grades, k) if options["seed_compat"] else average_precision(grades, r, k, options["min_k"])
    if name == "recall":
        return hits / r
    if name == "precision":
        return hits / k
    if name == "mrr":
        return reciprocal_rank(grades, k)
    if name == "accuracy":
        return 1.0 if hits > 0 else 0.0
    raise ValueError(name)


def evaluate(qrels, ranked, options):
    queries = sorted(q for q in ranked if q in qrels)
    evaluated = [q for q in queries if any(g >= 1 for g in qrels[q].values())]
    excluded = [q for q in queries if q not in evaluated]
    metrics = {}
    for name in ["mrr", "ndcg", "map", "recall", "precision", "accuracy"]:
        for k in CUTOFFS:
            per_query = {}
            for q in evaluated:
                grades = [max(qrels[q].get(doc, 0), 0) for doc in ranked[q]]  # negative grades count as 0
                per_query[q] = metric(name, grades, list(qrels[q].values()), k, options)
            mean = sum(per_query.values()) / len(per_query)
            metrics[f"{name}@{k}"] = {"mean": mean, "per_query": per_query}
    run_only = sorted(q for q in ranked if q not in qrels)
    return {"options": options, "evaluated": evaluated, "excluded": excluded, "run_only": run_only, "metrics": metrics}


def generate(rng):
    qrels_lines, run_lines = [], []
    for n in range(40):
        qid = f"q{n:02d}"
        docs = [f"d{rng.randrange(200):03d}" for _ in range(rng.randrange(5, 40))]
        docs = list(dict.fromkeys(docs))
        judged = rng.sample(docs, k=min(len(docs), rng.randrange(0, 12))) + [f"u{n}-{j}" for j in range(rng.randrange(0, 3))]
        no_relevant = n % 13 == 5
        for doc in judged:
            rel = 0 if no_relevant else rng.choice([0, 0, 1, 1, 2, 3, -1])
            qrels_lines.append(f"{qid} 0 {doc} {rel}")
        if n % 17 == 3:
            continue  # judged, never retrieved: ignored, as trec_eval
        for rank, doc in enumerate(docs):
            score = round(rng.choice([rng.uniform(0, 10), 5.0, 2.5]), 3)  # frequent ties
            run_lines.append(f"{qid} Q0 {doc} {rank + 1} {score} ref")
    run_lines.append("qx Q0 d001 1 1.0 ref")  # a run query without judgments: ignored
    rng.shuffle(run_lines)  # order in the file plays no part
    return qrels_lines, run_lines


def main():
    rng = random.Random(20260501)
    os.makedirs(OUT, exist_ok=True)
    qrels_lines, run_lines = generate(rng)
    qrels_path, run_path = os.path.join(OUT, "qrels.txt"), os.path.join(OUT, "run.txt")
    open(qrels_path, "w").write("\n".join(qrels_lines) + "\n")
    open(run_path, "w").write("\n".join(run_lines) + "\n")
    qrels, ranked = read_qrels(qrels_path), read_run(run_path)
    variants = {
        "standard": {"gain": "linear", "min_k": False, "seed_compat": False},
        "exponential": {"gain": "exponential", "min_k": False, "seed_compat": False},
        "min-k": {"gain": "linear", "min_k": True, "seed_compat": False},
        "seed": {"gain": "linear", "min_k": False, "seed_compat": True},
    }
    for name, options in variants.items():
        with open(os.path.join(OUT, f"expected-{name}.json"), "w") as f:
            json.dump(evaluate(qrels, ranked, options), f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
