#!/usr/bin/env python3
"""Run one command and report its wall time, CPU time and peak resident memory as one JSON line.

    measure.py --size N --variant NAME --file DATA -- COMMAND [ARGS...]

Peak RSS comes from getrusage(RUSAGE_CHILDREN).ru_maxrss after the child is waited for: the
kernel's high-water mark of the child's resident set, in KiB on Linux. It needs nothing beyond a
stock Python (GNU time is not always installed), and both sides of the benchmark are measured
this same way. This wrapper runs exactly one child, so the figure is that child's alone.

The child's stdout is kept (the tool's --json summary, the reference's counts) so the report
can check that every row was read; its stderr passes through.

It also records the CPU time the rest of the machine used during the run (busy time from
/proc/stat minus the child's own): on a small machine anything else running distorts the timings,
and this shows when it did.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time


def machine_busy_seconds():
    """CPU seconds the whole machine has spent busy (all cores, not idle or waiting on I/O); None without /proc."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = f.readline().split()
    except OSError:
        return None
    user, nice, system, idle, iowait, irq, softirq, steal = (int(x) for x in fields[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, required=True, help="questions in the file")
    ap.add_argument("--variant", required=True, help="label, e.g. ours-jsonl")
    ap.add_argument("--file", required=True, help="the data file the command reads")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        sys.exit("measure.py: no command given")

    busy_before = machine_busy_seconds()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_after = machine_busy_seconds()
    cpu_seconds = usage.ru_utime + usage.ru_stime
    other = None if busy_before is None or busy_after is None else max(0.0, busy_after - busy_before - cpu_seconds)

    try:
        summary = json.loads(done.stdout)
    except ValueError:
        summary = {"unparsed_stdout": done.stdout.decode("utf-8", "replace")[-2000:]}
    print(json.dumps({
        "size": args.size,
        "variant": args.variant,
        "file": args.file,
        "file_bytes": os.path.getsize(args.file),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "maxrss_kb": usage.ru_maxrss,
        "other_cpu_seconds": other,
        "rc": done.returncode,
        "summary": summary,
    }))


if __name__ == "__main__":
    main()
