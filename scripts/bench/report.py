#!/usr/bin/env python3
"""Print the read benchmark's results side by side and judge them against the targets.

    report.py RESULTS.jsonl

RESULTS.jsonl holds one line per run, as measure.py writes them. Runs of the same (size,
variant) are combined: the best (lowest) wall time, the highest peak RSS. Targets:
  * speed:  ours rows/s >= 5x the Python reference's rows/s, at every size, for each of our
            variants (JSON Lines and JSON array input);
  * memory: our peak RSS <= 150 MiB at every size, and not growing materially with size
            (largest size's peak <= 1.25x the smallest size's peak).
Also checks that every run read all rows (ours: exit 0, good == size, rejected == 0; the
reference: rows == size). Exit status: 0 when everything passes, 1 otherwise.
"""

import json
import sys
from collections import defaultdict

SPEEDUP_TARGET = 5.0
RSS_LIMIT_MIB = 150.0
RSS_GROWTH_LIMIT = 1.25
REFERENCE = "python-array"
MIB = 1024 * 1024


def read_all(run):
    """Whether a run read every row of its file; with a reason when not."""
    s = run["summary"]
    if run["variant"].startswith("ours"):
        if run["rc"] != 0 or s.get("good") != run["size"] or s.get("rejected") != 0:
            return False, "rc=%s good=%s rejected=%s" % (run["rc"], s.get("good"), s.get("rejected"))
    elif run["rc"] != 0 or s.get("rows") != run["size"]:
        return False, "rc=%s rows=%s" % (run["rc"], s.get("rows"))
    return True, ""


def main():
    runs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    groups = defaultdict(list)
    for run in runs:
        groups[(run["size"], run["variant"])].append(run)

    ok = True
    stats = {}
    problems = []
    for key, group in groups.items():
        best = min(group, key=lambda r: r["seconds"])
        for run in group:
            good, why = read_all(run)
            if not good:
                ok = False
                problems.append("%s @ %d: did not read every row (%s)" % (key[1], key[0], why))
        stats[key] = {
            "runs": len(group),
            "file_mib": best["file_bytes"] / MIB,
            "seconds": best["seconds"],
            "cpu": best["cpu_seconds"],
            "mib_s": best["file_bytes"] / MIB / best["seconds"],
            "rows_s": key[0] / best["seconds"],
            "rss_mib": max(r["maxrss_kb"] for r in group) / 1024,
            "other": best.get("other_cpu_seconds"),
        }

    sizes = sorted({k[0] for k in stats})
    order = {"ours-jsonl": 0, "ours-array": 1, REFERENCE: 2}
    variants = sorted({k[1] for k in stats}, key=lambda v: (order.get(v, 9), v))
    ours = [v for v in variants if v.startswith("ours")]

    header = ("questions", "file MiB", "variant", "runs", "seconds", "cpu s", "MiB/s", "rows/s", "peak RSS MiB", "other cpu s")
    fmt = "%10s %9s  %-13s %4s %9s %8s %8s %10s %13s %12s"
    print(fmt % header)
    print("-" * 105)
    for size in sizes:
        for v in variants:
            s = stats.get((size, v))
            if s is None:
                continue
            print(fmt % (size, "%.1f" % s["file_mib"], v, s["runs"], "%.2f" % s["seconds"], "%.2f" % s["cpu"],
                         "%.1f" % s["mib_s"], "%.0f" % s["rows_s"], "%.1f" % s["rss_mib"], "-" if s["other"] is None else "%.1f" % s["other"]))
    print("(seconds: best of the runs, wall clock; cpu s: user+sys of that run; peak RSS: highest of the runs;")
    print(" other cpu s: CPU time the rest of the machine used during that run; well above 0 means")
    print(" other work competed for the cores and the timing is pessimistic)")
    print()

    def verdict(passed):
        nonlocal ok
        ok = ok and passed
        return "PASS" if passed else "FAIL"

    print("Targets")
    for size in sizes:
        ref = stats.get((size, REFERENCE))
        for v in ours:
            s = stats.get((size, v))
            if s is None:
                continue
            if ref is not None:
                ratio = s["rows_s"] / ref["rows_s"]
                print("  %7d  %-11s rows/s vs %s: %5.2fx  (target >= %.0fx)  %s"
                      % (size, v, REFERENCE, ratio, SPEEDUP_TARGET, verdict(ratio >= SPEEDUP_TARGET)))
            print("  %7d  %-11s peak RSS %.1f MiB  (target <= %.0f MiB)  %s"
                  % (size, v, s["rss_mib"], RSS_LIMIT_MIB, verdict(s["rss_mib"] <= RSS_LIMIT_MIB)))
    if len(sizes) > 1:
        for v in ours:
            small, large = stats.get((sizes[0], v)), stats.get((sizes[-1], v))
            if small and large:
                growth = large["rss_mib"] / small["rss_mib"]
                print("  %-20s peak RSS growth %d -> %d questions: %.2fx  (target <= %.2fx)  %s"
                      % (v, sizes[0], sizes[-1], growth, RSS_GROWTH_LIMIT, verdict(growth <= RSS_GROWTH_LIMIT)))
    for p in problems:
        print("  FAIL  " + p)
    print()
    print("OVERALL: %s" % ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
