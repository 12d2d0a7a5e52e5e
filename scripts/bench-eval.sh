#!/usr/bin/env bash
# Evaluation benchmark (issue 5), one run, printed side by side:
#   1. retrieval over embeddings: Q queries x N documents, d-dimensional random unit vectors, one relevant document per
#      query, top 10 —
#        ours   the `retrieval` evaluator (scripts/bench/EvalBench, TorchSharp), --seed-compat definitions;
#        seed   the seed project's way (scripts/eval/seed_style_retrieval.py: NumPy, full similarity row, argsort,
#               per-query Python metric functions);
#        floor  the bare matrix product + top-k on the same vectors, in the same language as ours (TorchSharp);
#      with the metric means of ours and the seed's compared (identical to 1e-6).
#   2. TREC files: `contrastive eval --qrels --run` on a Q-query, Q x 100-line run (scripts/eval/gen_trec_run.py) vs a
#      plain trec_eval-style Python script (scripts/eval/trec_eval_style.py), same numbers compared.
# Targets: seed / ours >= 30x; ours / floor <= 1.2x.
# Environment (defaults are the issue's scale; smaller ones check the script quickly):
#   BENCH_QUERIES (10000)  BENCH_DOCUMENTS (100000)  BENCH_DIM (384)  BENCH_TREC_QUERIES (= BENCH_QUERIES)
#   BENCH_REPEATS (1: best of n for ours and the floor)  BENCH_THREADS (2)  BENCH_OUT (bench-out)  BENCH_SKIP_BUILD (0)
# Needs /usr/bin/python3 with Debian's python3-numpy and libopenblas0-pthread (installed here when missing: without
# OpenBLAS NumPy's product falls back to the reference BLAS, many times slower, which would flatter us).
# Exit status: 0 when both targets are met and the numbers agree, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
queries="${BENCH_QUERIES:-10000}" documents="${BENCH_DOCUMENTS:-100000}" dim="${BENCH_DIM:-384}"
trec_queries="${BENCH_TREC_QUERIES:-$queries}" repeats="${BENCH_REPEATS:-1}" threads="${BENCH_THREADS:-2}"
export OPENBLAS_NUM_THREADS="$threads" OMP_NUM_THREADS="$threads"

if ! /usr/bin/python3 -c "import numpy" 2>/dev/null || ! dpkg -s libopenblas0-pthread >/dev/null 2>&1; then
  echo "==> installing python3-numpy and libopenblas0-pthread (benchmark reference only)"
  apt-get update -qq && apt-get install -y -qq python3-numpy libopenblas0-pthread >/dev/null
fi

out="${BENCH_OUT:-bench-out}/eval"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
emb="$out/emb-$queries-$documents-$dim" trec="$out/trec-$trec_queries"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "==> building ours (Release)"
  dotnet build scripts/bench/EvalBench -c Release -v quiet -nologo
  dotnet build tool/ContrastiveTool.Cli -c Release -v quiet -nologo
fi
[[ -f "$emb/relevant.i64" ]] || { echo "==> generating $queries x $documents embeddings, d = $dim"; /usr/bin/python3 scripts/eval/gen_embeddings.py "$emb" "$queries" "$documents" "$dim"; }
[[ -f "$trec/run.txt" ]] || { echo "==> generating a TREC run: $trec_queries queries x 100 documents"; /usr/bin/python3 scripts/eval/gen_trec_run.py "$trec" "$trec_queries" 100; }

echo "==> retrieval: ours and the floor (TorchSharp, $threads threads)"
dotnet scripts/bench/EvalBench/bin/Release/net10.0/EvalBench.dll "$emb" "$dim" 10 "$repeats" "$threads" > "$out/ours.json"
echo "==> retrieval: the seed's way (NumPy, per-query Python)"
/usr/bin/python3 scripts/eval/seed_style_retrieval.py "$emb" "$dim" 10 > "$out/seed.json"
echo "==> TREC files: contrastive eval, then the trec_eval-style Python script"
cli="dotnet tool/ContrastiveTool.Cli/bin/Release/net10.0/contrastive.dll"
start=$EPOCHREALTIME
$cli eval --qrels tests/fixtures/eval/qrels.txt --run tests/fixtures/eval/run.txt --quiet --json > /dev/null
startup=$EPOCHREALTIME
$cli eval --qrels "$trec/qrels.txt" --run "$trec/run.txt" \
  --metrics mrr@10,ndcg@10,map@10,recall@10 --quiet --json > "$out/trec-ours.json"
echo "{\"start\": $start, \"startup\": $startup, \"end\": $EPOCHREALTIME}" > "$out/trec-ours-time.json"
(cd scripts/eval && /usr/bin/python3 trec_eval_style.py "$trec/qrels.txt" "$trec/run.txt" 10) > "$out/trec-python.json"

/usr/bin/python3 scripts/bench/eval_report.py "$out" "$queries" "$documents" "$dim" "$trec_queries"
