#!/usr/bin/env bash
# Data-conversion benchmark: `contrastive data convert` on generated KTO and CPO files (mixed forms, half Arabic)
# next to a plain Python JSON Lines conversion doing the same job, in one run, side by side.
#
#   kto: --from kto --to trl-kto   (binary/pairwise/ranking/conversation rows -> TRL unpaired rows)
#   cpo: --from cpo --to trl-cpo   (negatives under every alias -> one TRL pair per negative)
#
# For each size it generates both files once (seeded; skipped when present), runs ours and the reference under
# scripts/bench/measure.py (wall time, peak RSS of that process alone) and prints rows/s, peak RSS, the speed
# ratio, and whether our peak RSS stays flat from the smallest to the largest size (memory must not grow with the
# file). Checks that both sides read every row and wrote the same number of rows.
#
# Usage:   scripts/bench-data.sh
# Environment:
#   BENCH_OUT         scratch folder (default: bench-out/data, git-ignored)
#   BENCH_SIZES       row counts (default: "250000 1000000"; check the script with e.g. "2000 8000")
#   BENCH_REPEATS     runs of ours per size and kind; best time shown (default: 2)
#   BENCH_PYTHON      interpreter for generator, reference and wrapper (default: /usr/bin/python3)
#   BENCH_SKIP_BUILD  1 to use the Release build as it is
# Exit status: 0 when every check passes.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

out="${BENCH_OUT:-bench-out/data}"
sizes="${BENCH_SIZES:-250000 1000000}"
repeats="${BENCH_REPEATS:-2}"
python="${BENCH_PYTHON:-/usr/bin/python3}"
seed=20240601
bench="scripts/bench"

mkdir -p "$out"
out="$(cd "$out" && pwd)"
results="$out/results.jsonl"
: > "$results"

# --- build ours once, in Release, and run a private copy of it
source scripts/bench/private-cli.sh

for n in $sizes; do
  for kind in kto cpo; do
    file="$out/$kind-$n.jsonl"
    if [[ ! -s "$file" ]]; then
      echo "== data: $kind, $n rows" >&2
      "$python" "$bench/gen_preference.py" --kind "$kind" --rows "$n" --seed "$seed" --out "$file"
    fi
  done
done

measure() { # size variant file command...
  local size="$1" variant="$2" file="$3"; shift 3
  echo "   $variant ($size rows)" >&2
  "$python" "$bench/measure.py" --size "$size" --variant "$variant" --file "$file" -- "$@" >> "$results"
}

for n in $sizes; do
  echo "== measuring: $n rows" >&2
  for ((r = 0; r < repeats; r++)); do
    measure "$n" kto-ours "$out/kto-$n.jsonl" "$cli" data convert "$out/kto-$n.jsonl" --from kto --to trl-kto \
      -o "$out/kto-$n.ours.jsonl" --quiet --json --rejects "$out/rejects.jsonl"
    measure "$n" cpo-ours "$out/cpo-$n.jsonl" "$cli" data convert "$out/cpo-$n.jsonl" --from cpo --to trl-cpo \
      -o "$out/cpo-$n.ours.jsonl" --quiet --json --rejects "$out/rejects.jsonl"
  done
  measure "$n" kto-python "$out/kto-$n.jsonl" "$python" "$bench/python_reference_convert.py" kto "$out/kto-$n.jsonl" "$out/kto-$n.python.jsonl"
  measure "$n" cpo-python "$out/cpo-$n.jsonl" "$python" "$bench/python_reference_convert.py" cpo "$out/cpo-$n.jsonl" "$out/cpo-$n.python.jsonl"
done

echo >&2
echo "== machine: $(nproc) cores, $(uname -m); dotnet $(dotnet --version); $("$python" --version 2>&1)"
echo
"$python" "$bench/data_report.py" "$results"
