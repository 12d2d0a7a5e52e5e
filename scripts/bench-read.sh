#!/usr/bin/env bash
# Read benchmark: `contrastive data validate --format qa` versus the seed project's way of reading
# ranked-QA data in Python (json.load of one array + regex HTML stripping), in one run, side by side.
#
# For each size (questions, 5 answers each) it:
#   1. generates the data once, deterministically (seeded), as JSON Lines and as one JSON array
#      holding the same rows (generation is not timed, and is skipped when already done);
#   2. runs ours on the JSON Lines file   (ours-jsonl),
#      ours on the JSON array file        (ours-array),
#      the Python reference on the array  (python-array: the seed project only reads arrays);
#   3. measures each run's wall time and peak RSS with the same wrapper (scripts/bench/measure.py,
#      getrusage of the child), then prints a table, the ours/python rows/s ratio per size, and
#      PASS/FAIL against the targets (>= 5x the reference's rows/s; peak RSS <= 150 MiB, flat in size).
#
# Usage (from anywhere; paths are relative to the repo root):
#   scripts/bench-read.sh
# Environment:
#   BENCH_OUT         scratch folder for data and results  (default: bench-out, git-ignored)
#   BENCH_SIZES       question counts to test              (default: "50000 200000")
#   BENCH_REPEATS     runs of each of our variants; best time is shown (default: 2, they are cheap)
#   BENCH_PY_REPEATS  runs of the Python reference          (default: 1, it is slow and large)
#   BENCH_PYTHON      interpreter for generator, reference and wrapper (default: /usr/bin/python3,
#                     the system Python, so the reference is a stock CPython)
#   BENCH_SKIP_BUILD  set to 1 to use the Release build as it is
# Exit status: 0 when every target passes, 1 when one fails or a run did not read every row.
# Note: the files are read right after generation (or a previous run), so they come from the page
# cache; this measures parsing, not the disk.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

out="${BENCH_OUT:-bench-out}"
sizes="${BENCH_SIZES:-50000 200000}"
repeats="${BENCH_REPEATS:-2}"
py_repeats="${BENCH_PY_REPEATS:-1}"
python="${BENCH_PYTHON:-/usr/bin/python3}"
answers=5
seed=20240601
bench="scripts/bench"

mkdir -p "$out"
out="$(cd "$out" && pwd)"   # absolute, so the paths below work from any folder
results="$out/results.jsonl"
: > "$results"

# --- build ours once, in Release, and run a private copy of it
source scripts/bench/private-cli.sh

# --- generate the data (not timed) -------------------------------------------------------------
for n in $sizes; do
  echo "== data: $n questions" >&2
  "$python" "$bench/gen_ranked_qa.py" --questions "$n" --answers "$answers" --seed "$seed" \
    --out "$out/qa-$n.jsonl" --array "$out/qa-$n.json"
done

# --- measure -----------------------------------------------------------------------------------
# One wrapper process per run, so each peak RSS belongs to that run's process alone.
measure() { # size variant file command...
  local size="$1" variant="$2" file="$3"; shift 3
  echo "   $variant ($size questions)" >&2
  "$python" "$bench/measure.py" --size "$size" --variant "$variant" --file "$file" -- "$@" >> "$results"
}

for n in $sizes; do
  echo "== measuring: $n questions" >&2
  for ((r = 0; r < repeats; r++)); do
    # Our tool: the data-reading path with no progress bar and a JSON summary; rejects (none are
    # expected) go to the scratch folder rather than beside the input.
    measure "$n" ours-jsonl "$out/qa-$n.jsonl" \
      "$cli" data validate "$out/qa-$n.jsonl" --format qa --quiet --json --rejects "$out/rejects.jsonl"
    measure "$n" ours-array "$out/qa-$n.json" \
      "$cli" data validate "$out/qa-$n.json" --format qa --quiet --json --rejects "$out/rejects.jsonl"
  done
  for ((r = 0; r < py_repeats; r++)); do
    measure "$n" python-array "$out/qa-$n.json" "$python" "$bench/python_reference_read.py" "$out/qa-$n.json"
  done
done

# --- report ------------------------------------------------------------------------------------
echo >&2
echo "== machine: $(nproc) cores, $(uname -m); dotnet $(dotnet --version); $("$python" --version 2>&1)"
echo
"$python" "$bench/report.py" "$results"
