#!/usr/bin/env python3
"""Print the data-conversion benchmark side by side: rows/s and peak RSS, ours against the plain-Python reference.

    data_report.py RESULTS.jsonl

RESULTS.jsonl holds one line per run, as measure.py writes them (variant "<kind>-ours" or "<kind>-python").
Runs of the same (size, variant) keep the best wall time and the highest peak RSS. Checks: every run read every
row with no reject and both sides wrote the same number of rows; our peak RSS does not grow with the file (largest
size's peak <= 1.25x the smallest size's). Exit status 0 when all hold.
"""

import json
import sys
from collections import defaultdict

RSS_GROWTH_LIMIT = 1.25


def counts(run):
    s = run["summary"]
    if run["variant"].endswith("ours"):
        return s.get("read", {}).get("records"), s.get("read", {}).get("rejected"), s.get("rows_out")
    return s.get("rows"), s.get("rejected"), s.get("rows_out")


def main():
    runs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    groups = defaultdict(list)
    for run in runs:
        groups[(run["size"], run["variant"])].append(run)
    ok, problems, stats = True, [], {}
    for key, group in groups.items():
        best = min(group, key=lambda r: r["seconds"])
        for run in group:
            rows, rejected, _ = counts(run)
            if run["rc"] != 0 or rows != key[0] or rejected != 0:
                ok = False
                problems.append("%s @ %d: rc=%s rows=%s rejected=%s" % (key[1], key[0], run["rc"], rows, rejected))
        stats[key] = (best, max(r["maxrss_kb"] for r in group) / 1024, counts(best)[2])

    fmt = "%9s  %-11s %8s %9s %11s %10s %13s"
    print(fmt % ("rows", "variant", "file MiB", "seconds", "rows out", "rows/s", "peak RSS MiB"))
    print("-" * 80)
    for (size, variant) in sorted(stats, key=lambda k: (k[1].split("-")[0], k[0], k[1])):
        best, rss, out = stats[(size, variant)]
        print(fmt % (size, variant, "%.1f" % (best["file_bytes"] / 2**20), "%.2f" % best["seconds"], out,
                     "%.0f" % (size / best["seconds"]), "%.1f" % rss))
    print()
    for kind in sorted({v.split("-")[0] for _, v in stats}):
        sizes = sorted(s for s, v in stats if v == kind + "-ours")
        for size in sizes:
            ours, python = stats.get((size, kind + "-ours")), stats.get((size, kind + "-python"))
            if ours and python:
                if ours[2] != python[2]:
                    ok = False
                    problems.append("%s @ %d: ours wrote %s rows, python %s" % (kind, size, ours[2], python[2]))
                print("%s @ %d rows: ours %.1fx the reference's rows/s" % (kind, size, python[0]["seconds"] / ours[0]["seconds"]))
        if len(sizes) > 1:
            small, large = stats[(sizes[0], kind + "-ours")][1], stats[(sizes[-1], kind + "-ours")][1]
            flat = large <= RSS_GROWTH_LIMIT * small
            ok &= flat
            print("%s: peak RSS %.1f MiB at %d rows, %.1f MiB at %d rows: %s" % (
                kind, small, sizes[0], large, sizes[-1], "PASS (flat)" if flat else "FAIL (grows with the file)"))
    for p in problems:
        print("FAIL:", p)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
