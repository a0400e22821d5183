"""PyTorch reference for the deck's pretrained models: same architecture, data split, epochs and schedule.

Trains the MLP VAE (784-512-256-(2+2) / 2-256-512-784, dropout 0.1 on hidden activations, Glorot-uniform init,
zero biases) or the AE on a project data file (public/data/<name>-10k.bin, format of src/data/mnistFormat.ts),
with the split of src/data/mnist.ts (the last 100 images of each class are held out), batch 128 (last partial batch
dropped), Adam (eps 1e-7 as in src/model/adam.ts) with a per-step cosine decay 1e-3 -> 1e-4, and reports the held-out
-ELBO with 10 z samples per image, like `npm run eval`. Differences from the tfjs run: PyTorch's own random streams
(initial weights, batch order, dropout masks, eps draws).

Usage: OMP_NUM_THREADS=1 v/bin/python bench/torch_vae.py --data public/data/fashion-10k.bin --kind vae --epochs 120 [--json]
"""
import argparse
import json
import math
import struct
import time

import numpy as np
import torch
from torch import nn
import torch.nn.functional as F


def load_split(path, test_per_class=100):
    raw = open(path, 'rb').read()
    magic, version, count, rows, cols = raw[:4], *struct.unpack('<4I', raw[4:20])
    assert magic == b'MNST' and version == 1, f'{path}: not a project data file'
    size = rows * cols
    pixels = np.frombuffer(raw, np.uint8, count * size, 20).reshape(count, size)
    labels = np.frombuffer(raw, np.uint8, count, 20 + count * size)
    test = np.zeros(count, bool)
    for c in range(10):
        test[np.flatnonzero(labels == c)[-test_per_class:]] = True
    x = torch.from_numpy(pixels.astype(np.float32) / 255)
    return x[torch.from_numpy(~test)], x[torch.from_numpy(test)]


def dense(i, o):
    layer = nn.Linear(i, o)
    nn.init.xavier_uniform_(layer.weight)
    nn.init.zeros_(layer.bias)
    return layer


class Net(nn.Module):
    def __init__(self, kind, hidden=(512, 256), latent=2, dropout=0.1):
        super().__init__()
        self.kind = kind
        enc, width = [], 784
        for h in hidden:
            enc += [dense(width, h), nn.ReLU(), nn.Dropout(dropout)]
            width = h
        self.encoder = nn.Sequential(*enc)
        self.z_mean = dense(width, latent)
        self.z_log_var = dense(width, latent) if kind == 'vae' else None
        dec, width = [], latent
        for h in reversed(hidden):
            dec += [dense(width, h), nn.ReLU(), nn.Dropout(dropout)]
            width = h
        dec.append(dense(width, 784))
        self.decoder = nn.Sequential(*dec)

    def terms(self, x, samples=1):
        """Per-image reconstruction BCE (summed over pixels, averaged over z samples) and KL."""
        h = self.encoder(x)
        mean = self.z_mean(h)
        if self.kind == 'ae':
            return F.binary_cross_entropy_with_logits(self.decoder(mean), x, reduction='none').sum(1), torch.zeros(len(x))
        log_var = self.z_log_var(h)
        recon = 0
        for _ in range(samples):
            z = mean + torch.exp(0.5 * log_var) * torch.randn_like(mean)  # z = mu + sigma * eps
            recon = recon + F.binary_cross_entropy_with_logits(self.decoder(z), x, reduction='none').sum(1)
        kl = -0.5 * (1 + log_var - mean ** 2 - log_var.exp()).sum(1)
        return recon / samples, kl


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--data', default='public/data/fashion-10k.bin')
    p.add_argument('--kind', default='vae', choices=['vae', 'ae'])
    p.add_argument('--epochs', type=int, default=120)
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--json', action='store_true')
    a = p.parse_args()
    torch.manual_seed(a.seed)
    train, test = load_split(a.data)
    net = Net(a.kind)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, eps=1e-7)
    batch = 128
    per_epoch = len(train) // batch
    steps = a.epochs * per_epoch
    t0 = time.time()
    step = 0
    for epoch in range(a.epochs):
        net.train()
        order = torch.randperm(len(train))
        for b in range(per_epoch):
            lr = 1e-4 + 0.5 * (1e-3 - 1e-4) * (1 + math.cos(math.pi * step / steps))
            for g in opt.param_groups:
                g['lr'] = lr
            recon, kl = net.terms(train[order[b * batch:(b + 1) * batch]])
            loss = (recon + kl).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
    seconds = time.time() - t0
    net.eval()
    torch.manual_seed(0)
    with torch.no_grad():
        recon, kl = net.terms(test, samples=10)
    r = {'torch': torch.__version__, 'data': a.data, 'kind': a.kind, 'epochs': a.epochs, 'seed': a.seed,
         'test_neg_elbo': float((recon + kl).mean()), 'recon': float(recon.mean()), 'kl': float(kl.mean()),
         'n': len(test), 'seconds': round(seconds, 1), 'samples_per_s': round(steps * batch / seconds)}
    print(json.dumps(r) if a.json else f"{a.kind} {a.data} {a.epochs} epochs: held-out -ELBO {r['test_neg_elbo']:.2f} "
          f"(recon {r['recon']:.2f}, KL {r['kl']:.2f}) on {r['n']} images, {r['seconds']} s, {r['samples_per_s']} samples/s")


if __name__ == '__main__':
    main()
