#!/usr/bin/python3
"""Writes synthetic embeddings for the retrieval benchmark (scripts/bench-eval.sh): N random unit documents, and Q
queries each made from its one relevant document plus Gaussian noise of a random strength, so the relevant document
lands anywhere from rank 1 to far beyond the top 10. Raw little-endian files, read by both sides:
  queries.f32 (Q x d float32), documents.f32 (N x d float32), relevant.i64 (Q int64: the relevant document's row).
usage: gen_embeddings.py OUT_FOLDER [QUERIES=10000] [DOCUMENTS=100000] [DIM=384] [SEED=7]"""
import os
import sys

import numpy as np

out = sys.argv[1]
queries, documents, dim = (int(sys.argv[i]) if len(sys.argv) > i else d for i, d in [(2, 10000), (3, 100000), (4, 384)])
rng = np.random.default_rng(int(sys.argv[5]) if len(sys.argv) > 5 else 7)
os.makedirs(out, exist_ok=True)


def unit(x):
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


docs = unit(rng.standard_normal((documents, dim), dtype=np.float32))
relevant = rng.integers(0, documents, queries, dtype=np.int64)
# cos(query, relevant) = 1 / sqrt(1 + s^2); s in [2, 8] gives cosines 0.12-0.45 against a noise ceiling of ~0.2
strength = rng.uniform(2.0, 8.0, (queries, 1)).astype(np.float32)
noise = unit(rng.standard_normal((queries, dim), dtype=np.float32))
qs = unit(docs[relevant] + strength * noise)
qs.tofile(os.path.join(out, "queries.f32"))
docs.tofile(os.path.join(out, "documents.f32"))
relevant.tofile(os.path.join(out, "relevant.i64"))
