#!/usr/bin/python3
"""The reference for exact top-k search: FAISS IndexFlatIP (exact inner product, BLAS + heaps) on the same files as ours.
Reads FOLDER/{queries,documents}.f32, searches the top K with THREADS OpenMP threads (best of REPEATS after a 256-query
warm-up), writes FOLDER/faiss-ids.i64 and prints one JSON object.
usage: faiss_flat.py FOLDER DIM K THREADS [REPEATS=1]"""
import json
import os
import sys
import time

import faiss
import numpy as np

folder, dim, k, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
repeats = int(sys.argv[5]) if len(sys.argv) > 5 else 1
faiss.omp_set_num_threads(threads)
queries = np.fromfile(os.path.join(folder, "queries.f32"), dtype=np.float32).reshape(-1, dim)
documents = np.fromfile(os.path.join(folder, "documents.f32"), dtype=np.float32).reshape(-1, dim)
index = faiss.IndexFlatIP(dim)
index.add(documents)
index.search(queries[:256], k)
best, ids = None, None
for _ in range(repeats):
    start = time.perf_counter()
    _, ids = index.search(queries, k)
    seconds = time.perf_counter() - start
    best = seconds if best is None else min(best, seconds)
ids.astype(np.int64).tofile(os.path.join(folder, "faiss-ids.i64"))
q, n = len(queries), len(documents)
print(json.dumps({"mode": "faiss-flat-ip", "queries": q, "documents": n, "dim": dim, "k": k, "threads": threads,
                  "seconds": best, "queries_per_s": q / best, "gflops": 2.0 * q * n * dim / best / 1e9}))
