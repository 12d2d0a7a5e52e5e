#!/usr/bin/env python3
"""Generate a deterministic synthetic ranked-QA data set for the read benchmark.

Writes QUESTIONS rows of StackExchange-shaped Q&A, one JSON object per line (JSON Lines):

    {"question": {"id": "q123", "title": "...", "body": "<p>...</p>"},
     "answers": [{"id": "a...", "body": "<p>...<code>..</code> &amp; ...</p>",
                  "score": 12, "is_accepted": true}, ...]}

and, with --array, the same rows as one JSON array (the shape the seed project's loader reads
with json.load). The array file is derived from the JSON Lines file byte for byte (rows joined
with ",\n"), so both variants hold exactly the same data.

Bodies are sized like real StackExchange posts (question 60-120 words, answers 40-150 words),
with paragraphs, inline <code>, <pre><code> blocks, links, emphasis, lists and HTML entities,
which makes roughly 0.5-1 KB per answer. Everything comes from one seeded random.Random, so a
given (questions, answers, seed) always yields the same bytes.

A marker file "<out>.done" records the parameters once a file is complete; when it matches,
the file is not regenerated (generation of the large size takes a minute or two).
"""

import argparse
import json
import os
import random
import sys

GENERATOR_VERSION = 1

# A plain-English vocabulary with programming flavour; sampled with replacement.
WORDS = """
the a an of to in is it that for on with as this be are or by not from at you your can have if
but we when which there use using used get how what why does do would should could will just
also only then than so some any all each other more most into out up about like need want try
tried work works working problem error issue question answer example value values function
method class object list array string number file files data table query column row index key
map set dictionary loop iterate return returns call called calling variable variables type types
memory performance thread threads process server client request response database connection
library package module version install build compile runtime exception stack trace debug test
tests unit config configuration option options parameter parameters argument arguments default
null empty true false instance static private public interface generic collection element
elements item items result results output input format parse parsing convert conversion encode
decode json xml html css javascript python java csharp linux windows command line shell script
path directory folder user users page browser event handler callback async await promise task
""".split()

CODE_TOKENS = """
foo bar baz x y i n len map filter reduce sorted range print append dict list str int float
self this ctx req res err opts cfg buf idx tmp val key obj arr node next prev
""".split()

# Snippets whose HTML-escaped form carries &lt; &gt; &amp; &quot; entities, as real code does.
CODE_LINES = [
    "for (int i = 0; i < n; i++) { total += a[i]; }",
    "if (x > 0 && y < 10) return \"ok\";",
    "std::vector<int> v = {1, 2, 3};",
    "List<string> names = new List<string>();",
    "cat file.txt | grep \"error\" > out.log",
    "result = [x * 2 for x in items if x > 3]",
    "SELECT id, name FROM users WHERE age >= 18 AND active = 1;",
    "const f = async (a, b) => { await g(a && b); };",
    "echo $HOME && ls -la /tmp",
    "Map<String, Integer> counts = new HashMap<>();",
]

NON_ASCII = ["naïve", "café", "→", "résumé", "≥", "ü", "—", "…"]


def esc(text):
    """HTML-escape text the way StackExchange bodies are escaped."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def sentence_words(rng, count):
    """`count` words with occasional inline markup, entities and non-ASCII text."""
    out = []
    for word in rng.choices(WORDS, k=count):
        roll = rng.random()
        if roll < 0.06:
            out.append("<code>" + esc(rng.choice(CODE_TOKENS) + "(" + rng.choice(CODE_TOKENS) + ")") + "</code>")
        elif roll < 0.08:
            out.append("<strong>" + word + "</strong>")
        elif roll < 0.10:
            out.append("<em>" + word + "</em>")
        elif roll < 0.115:
            out.append(word + " &amp;")
        elif roll < 0.12:
            out.append("&quot;" + word + "&quot;")
        elif roll < 0.123:
            out.append(rng.choice(NON_ASCII))
        else:
            out.append(word)
    return out


def body(rng, words):
    """An HTML body of about `words` words: paragraphs, maybe a code block, a list or a link."""
    parts = []
    remaining = words
    while remaining > 0:
        n = min(remaining, rng.randint(15, 45))
        remaining -= n
        text = " ".join(sentence_words(rng, n))
        text = text[0].upper() + text[1:] + "."
        if rng.random() < 0.15:
            text += ' See <a href="https://example.com/doc/%d" rel="nofollow">the docs</a>.' % rng.randint(1, 99999)
        parts.append("<p>" + text + "</p>")
        roll = rng.random()
        if roll < 0.12:
            lines = rng.sample(CODE_LINES, rng.randint(1, 3))
            parts.append("<pre><code>" + esc("\n".join(lines)) + "\n</code></pre>")
        elif roll < 0.18:
            items = "".join("<li>" + " ".join(rng.choices(WORDS, k=rng.randint(2, 6))) + "</li>"
                            for _ in range(rng.randint(2, 4)))
            parts.append("<ul>\n" + items + "\n</ul>")
    return "\n\n".join(parts)


def title(rng):
    words = rng.choices(WORDS, k=rng.randint(5, 12))
    text = " ".join(words)
    if rng.random() < 0.2:
        text += " &lt;" + rng.choice(CODE_TOKENS) + "&gt;"  # titles are HTML-escaped too
    return text[0].upper() + text[1:] + "?"


def row(rng, qnum, answers_per_question, next_answer_id):
    answers = []
    accepted = rng.randrange(answers_per_question) if rng.random() < 0.6 else -1
    for k in range(answers_per_question):
        answers.append({
            "id": "a%d" % (next_answer_id + k),
            "body": body(rng, rng.randint(40, 150)),
            "score": rng.randint(-3, 250) if rng.random() < 0.9 else rng.randint(-3, 5),
            "is_accepted": k == accepted,
        })
    return {
        "question": {"id": "q%d" % qnum, "title": title(rng), "body": body(rng, rng.randint(60, 120))},
        "answers": answers,
    }


def marker_text(args):
    return json.dumps({"generator": GENERATOR_VERSION, "questions": args.questions,
                       "answers": args.answers, "seed": args.seed}, sort_keys=True)


def up_to_date(path, marker):
    try:
        with open(path + ".done", encoding="utf-8") as f:
            return f.read().strip() == marker and os.path.getsize(path) > 0
    except OSError:
        return False


def write_jsonl(args, path):
    rng = random.Random(args.seed)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for q in range(args.questions):
            r = row(rng, q + 1, args.answers, q * args.answers + 1)
            f.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")))
            f.write("\n")
    os.replace(tmp, path)


def write_array(jsonl_path, path):
    """The same rows as one JSON array, copied line by line from the JSON Lines file."""
    tmp = path + ".tmp"
    with open(jsonl_path, "r", encoding="utf-8") as src, open(tmp, "w", encoding="utf-8", newline="\n") as dst:
        dst.write("[\n")
        first = True
        for line in src:
            line = line.rstrip("\n")
            if not line:
                continue
            if not first:
                dst.write(",\n")
            dst.write(line)
            first = False
        dst.write("\n]\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, required=True)
    ap.add_argument("--answers", type=int, default=5, help="answers per question (default 5)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", required=True, help="the JSON Lines file to write")
    ap.add_argument("--array", help="also write the same rows as one JSON array to this file")
    args = ap.parse_args()

    marker = marker_text(args)
    if up_to_date(args.out, marker):
        print("up to date: %s" % args.out, file=sys.stderr)
    else:
        print("generating %s (%d questions x %d answers)..." % (args.out, args.questions, args.answers), file=sys.stderr)
        write_jsonl(args, args.out)
        with open(args.out + ".done", "w", encoding="utf-8") as f:
            f.write(marker + "\n")
    if args.array:
        if up_to_date(args.array, marker):
            print("up to date: %s" % args.array, file=sys.stderr)
        else:
            print("writing %s..." % args.array, file=sys.stderr)
            write_array(args.out, args.array)
            with open(args.array + ".done", "w", encoding="utf-8") as f:
                f.write(marker + "\n")


if __name__ == "__main__":
    main()
