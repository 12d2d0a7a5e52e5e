#!/usr/bin/python3
"""Reads .safetensors files written by `contrastive` with nothing but Python's standard library.

Debian 12 has no python3-safetensors, so this parses the format by hand, exactly as the safetensors spec
defines it: an 8-byte little-endian header length N, N bytes of JSON ({name: {dtype, shape, data_offsets}},
plus "__metadata__"), then the raw little-endian tensor bytes. It checks that the offsets tile the data
section with no gap or overlap, that each tensor's byte count equals prod(shape) * dtype size, and that the
ids sidecar of an embeddings file has one id per row.

  /usr/bin/python3 scripts/models/safetensors_check.py FILE.safetensors [OTHER.safetensors]

With two embeddings files, it prints the largest |a - b| over all components (minilm vs minilm-torch).
With --write-reference PATH it writes the small file the C# tests read (the other direction of the check):
  /usr/bin/python3 scripts/models/safetensors_check.py --write-reference \
      tests/ContrastiveTool.Tests/Fixtures/models/python-written.safetensors
"""
import array
import json
import math
import os
import struct
import sys

SIZES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}


def load(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    metadata = header.pop("__metadata__", {})
    body = data[8 + n:]
    spans = sorted((v["data_offsets"][0], v["data_offsets"][1], k) for k, v in header.items())
    cursor = 0
    for begin, end, name in spans:
        assert begin == cursor, f"{name}: gap or overlap at {begin} (expected {cursor})"
        cursor = end
    assert cursor == len(body), f"data section has {len(body)} bytes, tensors use {cursor}"
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        count = math.prod(info["shape"])
        assert end - begin == count * SIZES[info["dtype"]], f"{name}: byte count does not match shape"
        values = array.array({"F32": "f", "I64": "q", "F64": "d"}[info["dtype"]])
        values.frombytes(body[begin:end])
        tensors[name] = (info["shape"], values)
    return tensors, metadata


def write_reference(path):
    a = struct.pack("<4f", 1, 2, 3, 4)
    b = struct.pack("<3q", 10, 20, 30)
    header = {"__metadata__": {"by": "python"},
              "a": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, len(a)]},
              "b": {"dtype": "I64", "shape": [3], "data_offsets": [len(a), len(a) + len(b)]}}
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as out:
        out.write(struct.pack("<Q", len(text)) + text + a + b)


def main(paths):
    loaded = []
    for path in paths:
        tensors, metadata = load(path)
        print(f"{path}: {len(tensors)} tensors, metadata {metadata}")
        for name, (shape, values) in list(tensors.items())[:5]:
            print(f"  {name} {shape} first {[round(v, 4) for v in values[:5]]}")
        if "embeddings" in tensors:
            shape, values = tensors["embeddings"]
            ids_path = path[:-len(".safetensors")] + ".ids.json"
            ids = json.load(open(ids_path)) if os.path.exists(ids_path) else None
            assert ids is None or len(ids) == shape[0], "ids sidecar count differs from rows"
            d = shape[1]
            norms = [math.sqrt(sum(v * v for v in values[i * d:(i + 1) * d])) for i in range(shape[0])]
            print(f"  rows {shape[0]}, dims {d}, ids {len(ids) if ids else 'none'}, norms {min(norms):.6f}..{max(norms):.6f}")
        loaded.append(tensors)
    if len(loaded) == 2:
        (_, a), (_, b) = loaded[0]["embeddings"], loaded[1]["embeddings"]
        print(f"max |a - b| = {max(abs(x - y) for x, y in zip(a, b)):.3e}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-reference"]:
        write_reference(sys.argv[2])
    else:
        main(sys.argv[1:])
