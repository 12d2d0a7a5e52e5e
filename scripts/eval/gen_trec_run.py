#!/usr/bin/python3
"""Writes a synthetic TREC qrels + run pair for benchmarks: Q queries x N documents each, graded judgments.
usage: gen_trec_run.py OUT_FOLDER [QUERIES=10000] [PER_QUERY=100] [SEED=7]"""
import os
import random
import sys

out = sys.argv[1]
queries = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
per_query = int(sys.argv[3]) if len(sys.argv) > 3 else 100
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "qrels.txt"), "w") as qrels, open(os.path.join(out, "run.txt"), "w") as run:
    for q in range(queries):
        docs = rng.sample(range(1_000_000), per_query)
        for doc in rng.sample(docs, 5) + rng.sample(range(1_000_000), 3):
            qrels.write(f"q{q} 0 D{doc} {rng.choice([0, 1, 1, 2, 3])}\n")
        for rank, doc in enumerate(docs):
            run.write(f"q{q} Q0 D{doc} {rank + 1} {rng.random():.6f} bench\n")
