#!/usr/bin/env bash
# The search sections of scripts/bench-mine.sh (issue 7), printed side by side; run alone or from bench-mine.sh.
#   1. exact top-K: Q queries x N documents, random unit vectors (scripts/bench/gen_search_vectors.py, NumPy, seeded,
#      one pair of raw files read by both sides): ours (ExactIndex, TorchSharp) vs FAISS IndexFlatIP (Debian python3-faiss),
#      both on THREADS threads; throughput and the share of identical top-K id lists.   Target: ours/FAISS >= 1.0.
#   2. ANN: ANN_DOCS documents, ANN_QUERIES queries, clustered unit vectors made in-process (seeded; uniform random
#      vectors have no near neighbours, so no ANN method reaches 0.95 recall on them): build time, search time,
#      recall@K vs exact and speed-up vs exact for ivf and hnsw.   Target: recall >= 0.95 at >= 5x exact's speed.
#   3. memory: MEM_DOCS x DIM random unit documents in one tensor, MEM_QUERIES queries, one exact search: peak RSS.
#      Target: <= 2.5 GB at 1M x 384 (the vectors alone are 1.5 GB).
# Environment (defaults = the issue's sizes; use small ones to check the script):
#   BENCH_QUERIES (20000) BENCH_DOCUMENTS (100000) BENCH_DIM (384) BENCH_K (10) BENCH_THREADS (2) BENCH_REPEATS (1)
#   BENCH_ANN_DOCS (1000000) BENCH_ANN_QUERIES (1000) BENCH_ANN_KINDS (ivf,hnsw; hnsw builds 1M in ~15 min here)
#   BENCH_IVF_LISTS (auto) BENCH_IVF_PROBES (auto) BENCH_HNSW_EF (128)
#   BENCH_MEM_DOCS (1000000) BENCH_MEM_QUERIES (1000) BENCH_OUT (bench-out) BENCH_SKIP_BUILD (0) BENCH_SECTIONS ("exact ann memory")
set -euo pipefail
cd "$(dirname "$0")/../.."
queries="${BENCH_QUERIES:-20000}" documents="${BENCH_DOCUMENTS:-100000}" dim="${BENCH_DIM:-384}" k="${BENCH_K:-10}"
threads="${BENCH_THREADS:-2}" repeats="${BENCH_REPEATS:-1}" sections="${BENCH_SECTIONS:-exact ann memory}"
export OPENBLAS_NUM_THREADS="$threads" OMP_NUM_THREADS="$threads" MKL_NUM_THREADS="$threads"

if ! /usr/bin/python3 -c "import faiss, numpy" 2>/dev/null; then
  echo "==> installing python3-faiss, python3-numpy, libopenblas0-pthread (benchmark reference only)"
  sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-faiss python3-numpy libopenblas0-pthread >/dev/null
fi
out="${BENCH_OUT:-bench-out}/search"; mkdir -p "$out"; out="$(cd "$out" && pwd)"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "==> building SearchBench (Release)"
  dotnet build scripts/bench/SearchBench -c Release -v quiet -nologo >/dev/null
fi
bench="dotnet scripts/bench/SearchBench/bin/Release/net10.0/SearchBench.dll"

if [[ " $sections " == *" exact "* ]]; then
  vectors="$out/vectors-$queries-$documents-$dim"
  [[ -f "$vectors/documents.f32" ]] || { echo "==> generating $queries + $documents unit vectors, d = $dim"; /usr/bin/python3 scripts/bench/gen_search_vectors.py "$vectors" "$queries" "$documents" "$dim"; }
  echo "==> exact top-$k: ours (TorchSharp, $threads threads)"
  $bench exact "$vectors" "$dim" "$k" "$threads" "$repeats" > "$out/exact-ours.json"
  echo "==> exact top-$k: FAISS IndexFlatIP ($threads threads)"
  /usr/bin/python3 scripts/bench/faiss_flat.py "$vectors" "$dim" "$k" "$threads" "$repeats" > "$out/exact-faiss.json"
fi
if [[ " $sections " == *" ann "* ]]; then
  echo "==> ANN: ${BENCH_ANN_DOCS:-1000000} documents, ${BENCH_ANN_QUERIES:-1000} queries (exact, ivf, hnsw)"
  $bench ann "${BENCH_ANN_DOCS:-1000000}" "${BENCH_ANN_QUERIES:-1000}" "$dim" "$k" "$threads" 7 \
    "${BENCH_IVF_LISTS:-0}" "${BENCH_IVF_PROBES:-0}" "${BENCH_HNSW_EF:-128}" "${BENCH_ANN_KINDS:-ivf,hnsw}" > "$out/ann.json"
fi
if [[ " $sections " == *" memory "* ]]; then
  echo "==> memory: exact search over ${BENCH_MEM_DOCS:-1000000} x $dim"
  $bench memory "${BENCH_MEM_DOCS:-1000000}" "${BENCH_MEM_QUERIES:-1000}" "$dim" "$k" "$threads" 7 exact > "$out/memory.json"
fi
/usr/bin/python3 scripts/bench/search_report.py "$out" "$sections"
