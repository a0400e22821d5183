"""PyTorch reference for `npm run bench`: the deck's MLP VAE, same shape, batch and optimiser, on this CPU.

784-512-(2+2) / 2-512-784, ReLU hidden layers, batch 128, Adam (lr 2e-3), loss = BCE summed over the pixels
+ KL(q(z|x) || N(0, I)), both averaged over the batch; trained on the same 9,000 digits (public/data/mnist-10k.bin).
Prints one JSON object on stdout: samples/s as the median over 10-step windows (like the browser bench) and as
total samples / total time. The thread count comes from torch.set_num_threads (argument --threads, default 1).

Usage: python bench/pytorch_reference.py [--threads 1] [--steps 600] [--data public/data/mnist-10k.bin]
"""
import argparse
import json
import os
import struct
import sys
import time

import torch
from torch import nn


def load_pixels(path: str) -> torch.Tensor:
    """The digits of the deck's binary asset as float32 [count, 784] in [0, 1] (header: MNST, version, count, 28, 28)."""
    with open(path, "rb") as f:
        raw = f.read()
    magic, version, count, rows, cols = struct.unpack_from("<4sIIII", raw, 0)
    if magic != b"MNST" or version != 1:
        raise SystemExit(f"{path}: not an MNST v1 file")
    size = rows * cols
    pixels = torch.frombuffer(bytearray(raw[20 : 20 + count * size]), dtype=torch.uint8)
    return pixels.view(count, size).float().div_(255.0)


class Vae(nn.Module):
    """The deck's VAE: encoder 784-512-(2+2), decoder 2-512-784 (logits)."""

    def __init__(self, hidden: int = 512, latent: int = 2):
        super().__init__()
        self.enc = nn.Linear(784, hidden)
        self.mean = nn.Linear(hidden, latent)
        self.logvar = nn.Linear(hidden, latent)
        self.dec = nn.Linear(latent, hidden)
        self.out = nn.Linear(hidden, 784)

    def loss(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.enc(x))
        mu, logvar = self.mean(h), self.logvar(h)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        logits = self.out(torch.relu(self.dec(z)))
        recon = nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]
        kl = -0.5 * torch.sum(1 + logvar - mu.square() - logvar.exp()) / x.shape[0]
        return recon + kl


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "public", "data", "mnist-10k.bin"))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    data = load_pixels(args.data)[:9000]
    model = Vae()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    batch = 128
    order = torch.randperm(data.shape[0])
    pos = 0
    windows: list[float] = []
    total_time = 0.0
    loss_value = float("nan")
    t_window = time.perf_counter()
    for step in range(1, args.warmup + args.steps + 1):
        if pos + batch > data.shape[0]:
            order, pos = torch.randperm(data.shape[0]), 0
        x = data[order[pos : pos + batch]]
        pos += batch
        opt.zero_grad(set_to_none=True)
        loss = model.loss(x)
        loss.backward()
        opt.step()
        if step % 10 == 0:
            loss_value = loss.item()
            now = time.perf_counter()
            if step > args.warmup:
                windows.append(10 * batch / (now - t_window))
                total_time += now - t_window
            t_window = now
    windows.sort()
    print(json.dumps({
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "steps": args.steps,
        "samples_per_s": windows[len(windows) // 2],
        "samples_per_s_mean": len(windows) * 10 * batch / total_time,
        "final_loss": loss_value,
        "mkldnn": torch.backends.mkldnn.is_available(),
        "blas": "mkl" if torch.backends.mkl.is_available() else "other",
    }))


if __name__ == "__main__":
    sys.exit(main())
