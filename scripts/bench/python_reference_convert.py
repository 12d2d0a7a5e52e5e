#!/usr/bin/env python3
"""The reference side of the data-conversion benchmark: a plain Python JSON Lines conversion doing the same job as
`contrastive data convert` (stock CPython, json module, one row at a time, streaming):

    python_reference_convert.py kto IN OUT   # any KTO form -> TRL unpaired {prompt, completion, label, source_line}
    python_reference_convert.py cpo IN OUT   # CPO, negatives under any alias -> TRL pairs, one row per negative

Label normalisation and negative gathering follow the same rules as ours (words in English and Arabic, booleans,
probabilities >= 0.5, ratings >= 80 % of 1-5; negatives trimmed and de-duplicated by whitespace-collapsed text).
Prints {"rows": rows read, "rows_out": rows written, "rejected": rows it could not use}.
"""

import json
import sys

GOOD = {"good", "positive", "yes", "true", "accept", "accepted", "preferred", "high", "excellent", "great", "جيد", "ممتاز", "مقبول"}
BAD = {"bad", "negative", "no", "false", "reject", "rejected", "notpreferred", "low", "poor", "terrible", "سيء", "سيئ", "ضعيف", "مرفوض"}
ALIASES = ["negatives", "rejected", "rejected_responses", "bad_responses", "negative_responses", "alternatives"]


def label(row):
    for field in ("label", "score", "rating", "preference"):
        if field in row and row[field] is not None:
            v = row[field]
            if isinstance(v, bool):
                return v
            if isinstance(v, (int, float)):
                return v >= 4 if field == "rating" or v > 1 else v >= 0.5
            w = "".join(c for c in str(v).lower() if not c.isspace() and c not in "_-")
            return True if w in GOOD else False if w in BAD else None
    return None


def kto(row, line):
    if "messages" in row or "conversation" in row:
        msgs = row.get("messages") or row.get("conversation")
        turns = [m for m in msgs if m["role"] != "system"]
        u = max(i for i, m in enumerate(turns) if m["role"] == "user")
        return [(turns[u]["content"], next(m["content"] for m in turns[u + 1:] if m["role"] == "assistant"), label(row))]
    if "chosen" in row and "rejected" in row:
        return [(row["prompt"], row["chosen"], True), (row["prompt"], row["rejected"], False)]
    if "responses" in row and "rankings" in row:
        order = sorted(range(len(row["responses"])), key=lambda i: (row["rankings"][i], i))
        return [(row["prompt"], row["responses"][order[0]], True), (row["prompt"], row["responses"][order[-1]], False)]
    return [(row["prompt"], (row.get("response") or row.get("completion")).strip(), label(row))]


def cpo(row):
    seen, negatives = set(), []
    for field in ALIASES:
        v = row.get(field)
        for n in ([v] if isinstance(v, str) else v or []):
            n = n.strip()
            key = " ".join(n.split())
            if n and key not in seen:
                seen.add(key)
                negatives.append(n)
    return negatives


def main():
    kind, src, dst = sys.argv[1:4]
    rows = out = rejected = 0
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
        for line_number, line in enumerate(f, 1):
            if not line.strip():
                continue
            rows += 1
            row = json.loads(line)
            if kind == "kto":
                made = kto(row, line_number)
                if any(l is None for _, _, l in made):
                    rejected += 1
                    continue
                for prompt, completion, good in made:
                    o.write(json.dumps({"prompt": prompt.strip(), "completion": completion.strip(), "label": good, "source_line": line_number}, ensure_ascii=False) + "\n")
                    out += 1
            else:
                negatives = cpo(row)
                if not negatives:
                    rejected += 1
                    continue
                for n in negatives:
                    o.write(json.dumps({"prompt": row["prompt"].strip(), "chosen": row["chosen"].strip(), "rejected": n, "source_line": line_number}, ensure_ascii=False) + "\n")
                    out += 1
    print(json.dumps({"rows": rows, "rows_out": out, "rejected": rejected}))


if __name__ == "__main__":
    main()
