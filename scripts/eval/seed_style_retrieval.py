#!/usr/bin/python3
"""The retrieval benchmark's reference: evaluates embeddings the way the seed project's evaluator does — for each query
the full similarity row over every document, a full argsort of it, and Python metric functions called per query on the
re-ordered relevance vector (NumPy, one query at a time). Original code; the definitions are the seed's (NDCG's ideal
and MAP's denominator from the retrieved top k), which `--seed-compat` reproduces. The reciprocal rank is cut at k so it
compares with mrr@k. The similarity product is taken in blocks of 1024 queries (the seed takes it in one piece; a
10k x 100k float32 matrix would need 4 GB), and timed apart from the per-query work.
Reads the files of gen_embeddings.py; prints one JSON object (seconds, metric means).
usage: seed_style_retrieval.py FOLDER DIM [K=10]"""
import json
import os
import sys
import time

import numpy as np


def reciprocal_rank(relevance):
    hits = np.where(relevance > 0)[0]
    return 1.0 / (hits[0] + 1) if len(hits) else 0.0


def seed_ndcg(relevance, k):
    top = np.pad(relevance, (0, max(0, k - len(relevance))))[:k]
    discount = np.log2(np.arange(2, k + 2))
    ideal = np.sum(np.sort(top)[::-1] / discount)
    return float(np.sum(top / discount) / ideal) if ideal > 0 else 0.0


def seed_average_precision(relevance, k):
    top = np.pad(relevance, (0, max(0, k - len(relevance))))[:k]
    found = np.sum(top)
    return float(np.sum(np.cumsum(top) / np.arange(1, k + 1) * top) / found) if found > 0 else 0.0


def main():
    folder, dim = sys.argv[1], int(sys.argv[2])
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    queries = np.fromfile(os.path.join(folder, "queries.f32"), dtype=np.float32).reshape(-1, dim)
    documents = np.fromfile(os.path.join(folder, "documents.f32"), dtype=np.float32).reshape(-1, dim)
    relevant = np.fromfile(os.path.join(folder, "relevant.i64"), dtype=np.int64)
    sums = {f"mrr@{k}": 0.0, f"ndcg@{k}": 0.0, f"map@{k}": 0.0, f"recall@{k}": 0.0, "accuracy@1": 0.0}
    product_s = per_query_s = 0.0
    for start in range(0, len(queries), 1024):
        clock = time.perf_counter()
        similarity = queries[start:start + 1024] @ documents.T
        product_s += time.perf_counter() - clock
        clock = time.perf_counter()
        for row, scores in enumerate(similarity):
            relevance = np.zeros_like(scores)
            relevance[relevant[start + row]] = 1
            order = np.argsort(-scores)
            ranked = relevance[order]
            sums[f"mrr@{k}"] += reciprocal_rank(ranked[:k])
            sums[f"ndcg@{k}"] += seed_ndcg(ranked, k)
            sums[f"map@{k}"] += seed_average_precision(ranked, k)
            sums[f"recall@{k}"] += float(np.sum(ranked[:k]))  # one relevant document: hits / 1
            sums["accuracy@1"] += 1.0 if ranked[0] > 0 else 0.0
        per_query_s += time.perf_counter() - clock
    means = {label: total / len(queries) for label, total in sums.items()}
    print(json.dumps({"product_s": product_s, "per_query_s": per_query_s, "total_s": product_s + per_query_s, "metrics": means}))


if __name__ == "__main__":
    main()
