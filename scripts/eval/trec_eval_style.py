#!/usr/bin/python3
"""The TREC benchmark's reference: a plain trec_eval-style evaluation in Python — read qrels and run into dicts, rank each
query's documents (score descending, docid descending), compute each metric per query with the direct definitions of
make_eval_fixtures.py (trec_eval's ndcg_cut, map_cut, recall, P, reciprocal rank cut at k), average over the queries
with a relevant document. Prints one JSON object (seconds, metric means).
usage: trec_eval_style.py QRELS RUN [K=10]"""
import json
import sys
import time

from make_eval_fixtures import metric, read_qrels, read_run

STANDARD = {"gain": "linear", "min_k": False, "seed_compat": False}


def main():
    clock = time.perf_counter()
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    qrels, ranked = read_qrels(sys.argv[1]), read_run(sys.argv[2])
    evaluated = [q for q in ranked if q in qrels and any(g >= 1 for g in qrels[q].values())]
    sums = {f"{name}@{k}": 0.0 for name in ["mrr", "ndcg", "map", "recall"]}
    for q in evaluated:
        grades = [max(qrels[q].get(doc, 0), 0) for doc in ranked[q]]
        judged = list(qrels[q].values())
        for label in sums:
            sums[label] += metric(label.split("@")[0], grades, judged, k, STANDARD)
    means = {label: total / len(evaluated) for label, total in sums.items()}
    print(json.dumps({"total_s": time.perf_counter() - clock, "queries": len(evaluated), "metrics": means}))


if __name__ == "__main__":
    main()
