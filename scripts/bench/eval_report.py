#!/usr/bin/python3
"""Prints scripts/bench-eval.sh's results side by side and checks the targets; exit 1 when one is missed.
usage: eval_report.py OUT_FOLDER QUERIES DOCUMENTS DIM TREC_QUERIES"""
import json
import os
import sys

out, queries, documents, dim, trec_queries = sys.argv[1], *sys.argv[2:6]
load = lambda name: json.load(open(os.path.join(out, name)))  # noqa: E731
ours, seed = load("ours.json"), load("seed.json")
trec_ours, trec_python = load("trec-ours.json"), load("trec-python.json")
clock = load("trec-ours-time.json")
trec_ours_s, startup_s = clock["end"] - clock["startup"], clock["startup"] - clock["start"]


def agreement(a, b):
    worst = max(abs(a[label] - b[label]) for label in b)
    return worst, worst <= 1e-6


print(f"\nretrieval: {queries} queries x {documents} documents, d = {dim}, one relevant document each, top 10")
print(f"{'':<34}{'seconds':>10}{'ms/query':>10}")
rows = [("ours (retrieval evaluator)", ours["ours_s"]), ("floor (matrix product + top-k)", ours["floor_s"]),
        ("seed's way, total", seed["total_s"]), ("  of which the product", seed["product_s"]),
        ("  of which per-query Python", seed["per_query_s"])]
for name, seconds in rows:
    print(f"{name:<34}{seconds:>10.3f}{seconds * 1000 / int(queries):>10.3f}")
print(f"\n{'metric':<14}{'ours (seed-compat)':>20}{'seed':>12}")
for label, value in seed["metrics"].items():
    print(f"{label:<14}{ours['metrics'][label]:>20.6f}{value:>12.6f}")
worst, same = agreement(ours["metrics"], seed["metrics"])
speedup, overhead = seed["total_s"] / ours["ours_s"], ours["ours_s"] / ours["floor_s"]

print(f"\nTREC files: {trec_queries} queries, {int(trec_queries) * 100} run lines, metrics @10")
print(f"{'contrastive eval (whole process)':<34}{trec_ours_s:>10.3f} s")
print(f"{'  start-up alone (a 33-query file)':<34}{startup_s:>10.3f} s   (.NET, TorchSharp's native library)")
print(f"{'trec_eval-style Python':<34}{trec_python['total_s']:>10.3f} s   ({trec_python['total_s'] / trec_ours_s:.1f}x ours)")
trec_worst, trec_same = agreement(trec_ours["metrics"], trec_python["metrics"])

checks = [(f"seed / ours = {speedup:.1f}x (target >= 30x)", speedup >= 30),
          (f"ours / floor = {overhead:.2f}x (target <= 1.2x)", overhead <= 1.2),
          (f"retrieval numbers identical to the seed's (largest difference {worst:.1e})", same),
          (f"TREC numbers identical to the Python script's (largest difference {trec_worst:.1e})", trec_same)]
print()
for text, ok in checks:
    print(f"{'PASS' if ok else 'MISS'}  {text}")
sys.exit(0 if all(ok for _, ok in checks) else 1)
