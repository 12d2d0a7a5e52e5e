#!/usr/bin/env bash
# Mining benchmark (issue 7), one run: every section scripts/bench/mine-*.sh in name order (mine-tiered.sh: tiered
# mining vs the matrix-product floor; the search sections — exact top-k vs FAISS, ANN recall and speed, memory — live
# in their own mine-*.sh files). Each section prints its figures beside its reference and states its target.
# Environment: see each section (BENCH_PAIRS, BENCH_SOURCES, ... for tiered). Small sizes check the script quickly:
#   BENCH_PAIRS=2000 BENCH_SOURCES=2000 BENCH_CLUSTERS=20 scripts/bench-mine.sh
# Exit status: 0 when every section met its target, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for section in scripts/bench/mine-*.sh; do
  echo "=== $(basename "$section" .sh)"
  bash "$section" || status=1
done
exit $status
