#!/usr/bin/python3
"""Writes random unit vectors for the exact-search benchmark (scripts/bench/mine-search.sh): Q queries and N documents,
d floats each, standard normal then L2-normalised, NumPy's default generator with the seed. Raw little-endian float32
files read by both sides (ours: SearchBench via torch.from_file; FAISS: numpy.fromfile):
  queries.f32 (Q x d), documents.f32 (N x d).
usage: gen_search_vectors.py OUT_FOLDER QUERIES DOCUMENTS DIM [SEED=7]"""
import os
import sys

import numpy as np

out, queries, documents, dim = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = np.random.default_rng(int(sys.argv[5]) if len(sys.argv) > 5 else 7)
os.makedirs(out, exist_ok=True)


def unit_rows(count, path):
    """Writes count unit rows in blocks, so a large corpus never needs more than one block in memory."""
    with open(path, "wb") as f:
        for start in range(0, count, 65536):
            x = rng.standard_normal((min(65536, count - start), dim), dtype=np.float32)
            (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32).tofile(f)


unit_rows(queries, os.path.join(out, "queries.f32"))
unit_rows(documents, os.path.join(out, "documents.f32"))
