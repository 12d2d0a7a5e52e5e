#!/usr/bin/env python3
"""Generate a KTO or CPO preference file for the data-conversion benchmark, deterministically (seeded).

    gen_preference.py --kind kto|cpo --rows N --seed S --out FILE

KTO rows mix the four input forms (binary 60 %, pairwise 20 %, ranking 10 %, conversation 10 %) and the label
forms (English and Arabic words, booleans, probabilities, 1-5 ratings). CPO rows spread 2-6 negatives over the
negative aliases, with a duplicate and a whitespace variant now and then. Half the rows are Arabic. Every row is
valid, so a run that reads them all rejects none.
"""

import argparse
import json
import random

EN = "the of and to in is that for it as was with be by on not he this are or his from at which but have an they".split()
AR = "في من على إلى أن هذا التي الذي كان عن مع هو هي ما لا قد كل بين بعد ذلك عند حتى إذا كما أو".split()
GOOD = ["good", "positive", "yes", "accepted", "preferred", "excellent", "جيد", "ممتاز", "مقبول", True, 0.9, 4, 5]
BAD = ["bad", "negative", "no", "rejected", "not_preferred", "poor", "سيء", "ضعيف", "مرفوض", False, 0.1, 1, 2]


def text(rng, arabic, words):
    vocab = AR if arabic else EN
    return " ".join(rng.choice(vocab) for _ in range(words)) + ("؟" if arabic else ".")


def kto_row(rng, i):
    arabic = i % 2 == 0
    prompt = text(rng, arabic, rng.randint(6, 20))
    kind = rng.random()
    if kind < 0.6:
        label = rng.choice(GOOD if rng.random() < 0.5 else BAD)
        field = "rating" if isinstance(label, int) and not isinstance(label, bool) else rng.choice(["label", "score", "preference"]) if not isinstance(label, str) else "label"
        return {"prompt": prompt, rng.choice(["response", "completion"]): text(rng, arabic, rng.randint(10, 60)), field: label}
    if kind < 0.8:
        return {"prompt": prompt, "chosen": text(rng, arabic, 30), "rejected": text(rng, arabic, 25)}
    if kind < 0.9:
        return {"prompt": prompt, "responses": [text(rng, arabic, 20) for _ in range(4)], "rankings": rng.sample([1, 2, 3, 4], 4)}
    return {"messages": [{"role": "system", "content": "You are helpful."}, {"role": "user", "content": prompt},
                         {"role": "assistant", "content": text(rng, arabic, 30)}], "label": rng.choice(["yes", "no"])}


def cpo_row(rng, i):
    arabic = i % 2 == 0
    negatives = [text(rng, arabic, rng.randint(10, 40)) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.2:
        negatives.append("  " + negatives[0] + " ")
    row = {"prompt": text(rng, arabic, rng.randint(6, 20)), "chosen": text(rng, arabic, rng.randint(10, 60))}
    fields = ["negatives", "rejected", "rejected_responses", "bad_responses", "negative_responses", "alternatives"]
    for negative in negatives:
        field = rng.choice(fields)
        if field == "rejected" and "rejected" not in row:
            row["rejected"] = negative
        else:
            row.setdefault("negatives" if field == "rejected" else field, []).append(negative)
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", choices=["kto", "cpo"], required=True)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    make = kto_row if args.kind == "kto" else cpo_row
    with open(args.out, "w", encoding="utf-8") as f:
        for i in range(args.rows):
            f.write(json.dumps(make(rng, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
