#!/usr/bin/env bash
# Runs the whole test suite and ends with the line "N passed, N failed" (counts from the test results).
# Fails when a test fails, or when the run created or changed a snapshot file: Snapshooter.Xunit
# silently writes a missing snapshot and passes, so every snapshot must be committed and unchanged.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$PWD/artifacts/test-results"
rm -rf "$results" tests/*/Cli/__mismatch__
mkdir -p "$results"

snapshot_state() {
  find tests -path '*/__snapshots__/*' -type f -print0 | sort -z | xargs -0 -r sha256sum
  find tests -type d -name '__mismatch__' -print
}
before=$(snapshot_state)

dotnet test tests/ContrastiveTool.Tests -c Release -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" \
  --results-directory "$results"
status=$?

trx="$results/results.trx"
passed=0 failed=0
if [[ -f "$trx" ]]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
else
  echo "no test results were written (did the build fail?)"
  status=1
fi

after=$(snapshot_state)
if [[ "$before" != "$after" ]]; then
  echo "snapshot files were created or changed by this run; review and commit them:"
  diff <(echo "$before") <(echo "$after") | sed -n 's/^[<>] /  /p'
  status=1
fi

echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
