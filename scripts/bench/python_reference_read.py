#!/usr/bin/env python3
"""Reference reader: the seed project's way of reading ranked-QA data, for the read benchmark.

It mirrors what the seed project's loader does (re-written here, not copied):
  * json.load the whole file, which is one JSON array of rows;
  * per row: question text = title + " " + clean_html(body);
  * answers sorted by float(score), highest first; clean_html on every answer body;
  * the processed rows are kept in a list, as a loader building its data set does.
clean_html removes tags with one regex and collapses whitespace with another.

Prints one JSON object with what it read (rows, answers, characters of text) so the benchmark
can check that both sides read the same data.
"""

import json
import re
import sys

TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def clean_html(text):
    text = TAG.sub(" ", text)
    return SPACE.sub(" ", text).strip()


def load(path):
    with open(path, "r", encoding="utf-8") as f:
        data = json.load(f)
    items = []
    for item in data:
        question = item["question"]
        q_text = question["title"] + " " + clean_html(question["body"])
        answers = sorted(item["answers"], key=lambda a: float(a["score"]), reverse=True)
        a_texts = [clean_html(answer["body"]) for answer in answers]
        items.append((question["id"], q_text, a_texts))
    return items


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python_reference_read.py FILE.json")
    items = load(sys.argv[1])
    print(json.dumps({
        "rows": len(items),
        "answers": sum(len(a) for _, _, a in items),
        "chars": sum(len(q) + sum(len(t) for t in a) for _, q, a in items),
    }))


if __name__ == "__main__":
    main()
