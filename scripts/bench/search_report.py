#!/usr/bin/python3
"""Prints the search benchmark (scripts/bench/mine-search.sh) side by side and checks the targets.
usage: search_report.py OUT_FOLDER "exact ann memory"   Exit status 1 when a measured section misses its target."""
import json
import os
import sys

import numpy as np

out, sections = sys.argv[1], sys.argv[2].split()
ok = True


def load(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return json.load(f)


if "exact" in sections:
    ours, ref = load("exact-ours.json"), load("exact-faiss.json")
    k = ours["k"]
    vectors = os.path.join(out, f"vectors-{ours['queries']}-{ours['documents']}-{ours['dim']}")
    a = np.fromfile(os.path.join(vectors, "ours-ids.i64"), dtype=np.int64).reshape(-1, k)
    b = np.fromfile(os.path.join(vectors, "faiss-ids.i64"), dtype=np.int64).reshape(-1, k)
    same = float(np.mean([set(x) == set(y) for x, y in zip(a, b)]))
    ratio = ours["queries_per_s"] / ref["queries_per_s"]
    print(f"\nexact top-{k}: {ours['queries']} queries x {ours['documents']} documents, d = {ours['dim']}, {ours['threads']} threads")
    print(f"  {'':8} {'seconds':>9} {'queries/s':>10} {'GFLOP/s':>8}")
    for name, r in (("ours", ours), ("FAISS", ref)):
        print(f"  {name:8} {r['seconds']:9.3f} {r['queries_per_s']:10.0f} {r['gflops']:8.1f}")
    print(f"  ours / FAISS throughput: {ratio:.2f}x (target >= 1.0)   identical top-{k} sets: {same:.4f}")
    ok &= ratio >= 1.0 and same >= 0.999

if "ann" in sections:
    ann = load("ann.json")
    print(f"\nANN: {ann['documents']} documents, {ann['queries']} queries, d = {ann['dim']}, {ann['data']} vectors, {ann['threads']} threads")
    print(f"  {'kind':6} {'build s':>8} {'search s':>9} {'recall@' + str(ann['k']):>10} {'speed-up':>9}")
    for r in ann["results"]:
        print(f"  {r['kind']:6} {r['build_s']:8.2f} {r['search_s']:9.3f} {r['recall']:10.4f} {r['speedup']:8.1f}x")
    best = [r for r in ann["results"] if r["kind"] != "exact" and r["recall"] >= 0.95 and r["speedup"] >= 5]
    print("  target (recall >= 0.95 at >= 5x exact):", ", ".join(r["kind"] for r in best) or "not met")
    ok &= bool(best)

if "memory" in sections:
    m = load("memory.json")
    print(f"\nmemory: {m['kind']} search, {m['documents']} x {m['dim']} documents ({m['corpus_gb']:.2f} GB of vectors), {m['queries']} queries")
    print(f"  peak RSS {m['peak_rss_gb']:.2f} GB (target <= 2.5 GB at 1M x 384), search {m['search_s']:.2f} s")
    ok &= m["peak_rss_gb"] <= 2.5

sys.exit(0 if ok else 1)
