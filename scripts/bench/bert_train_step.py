#!/usr/bin/python3
"""PyTorch twin of minilm-torch's training step, for scripts/bench-embed.sh.

The same architecture as src/ContrastiveTool.Core/Models/Bert (BERT, 6 layers, 12 heads, hidden 384,
feed-forward 1536, exact GELU, LayerNorm eps 1e-12, dropout 0.1, mean pooling, L2 normalisation), random
weights; forward + backward of a (32, 64) batch of random ids with the mean of the sentence vectors as
the loss; median of STEPS timed steps after 2 warm-ups. Debian's python3-torch, run by /usr/bin/python3.
Prints one JSON object.   Usage: bert_train_step.py STEPS THREADS
"""
import json
import sys
import time

import torch
from torch import nn
import torch.nn.functional as F


class Layer(nn.Module):
    def __init__(self, h=384, heads=12, ff=1536, p=0.1):
        super().__init__()
        self.heads, self.p = heads, p
        self.query, self.key, self.value = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)
        self.attn_out, self.norm1 = nn.Linear(h, h), nn.LayerNorm(h, eps=1e-12)
        self.inter, self.out, self.norm2 = nn.Linear(h, ff), nn.Linear(ff, h), nn.LayerNorm(h, eps=1e-12)
        self.drop = nn.Dropout(p)

    def forward(self, x, mask):
        b, t, h = x.shape
        split = lambda y: y.view(b, t, self.heads, h // self.heads).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        if hasattr(F, "scaled_dot_product_attention"):  # torch >= 2.0
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=self.p if self.training else 0.0)
        else:  # Debian 12's torch 1.13: the same math, as Hugging Face's BertSelfAttention writes it
            scores = q @ k.transpose(-1, -2) / (h // self.heads) ** 0.5 + mask
            ctx = self.drop(scores.softmax(-1)) @ v
        x = self.norm1(self.drop(self.attn_out(ctx.transpose(1, 2).reshape(b, t, h))) + x)
        return self.norm2(self.drop(self.out(F.gelu(self.inter(x)))) + x)


class Bert(nn.Module):
    def __init__(self, vocab=30522, h=384, layers=6):
        super().__init__()
        self.words, self.positions, self.types = nn.Embedding(vocab, h, padding_idx=0), nn.Embedding(512, h), nn.Embedding(2, h)
        self.norm, self.drop = nn.LayerNorm(h, eps=1e-12), nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))

    def forward(self, ids, mask):
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.drop(self.norm(self.words(ids) + self.positions(pos) + self.types(torch.zeros_like(ids))))
        additive = torch.zeros(mask.shape[0], 1, 1, mask.shape[1]).masked_fill(mask[:, None, None, :] == 0, torch.finfo(torch.float32).min)
        for layer in self.layers:
            x = layer(x, additive)
        m = mask.unsqueeze(-1).float()
        return F.normalize((x * m).sum(1) / m.sum(1).clamp_min(1e-9), p=2, dim=1)


def main():
    steps, threads = int(sys.argv[1]), int(sys.argv[2])
    torch.set_num_threads(threads)
    torch.manual_seed(7)
    model = Bert().train()
    times = []
    for step in range(steps + 2):
        ids = torch.randint(1000, 30000, (32, 64))
        mask = torch.ones_like(ids)
        start = time.perf_counter()
        model(ids, mask).mean().backward()
        elapsed = time.perf_counter() - start
        model.zero_grad()
        if step >= 2:
            times.append(elapsed)
    times.sort()
    print(json.dumps({"bench": f"PyTorch {torch.__version__} train step (B 32, T 64, forward + backward)",
                      "median_seconds": times[len(times) // 2], "steps": steps}))


if __name__ == "__main__":
    main()
