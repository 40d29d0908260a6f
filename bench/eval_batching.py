"""Batched vs one-question-at-a-time generation, same questions, same greedy settings, one run.

    python bench/eval_batching.py [--model smollm2-135m-instruct] [--n 32] [--batch-size 16]
                                  [--max-new-tokens 128]

Last line: JSON with batched_s, sequential_s, ratio (target >= 3).
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch loads; see medassist/__init__.py


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m-instruct")
    ap.add_argument("--data", default="data/medquad")
    ap.add_argument("--n", type=int, default=32)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=128)
    ap.add_argument("--dtype", default="auto")
    args = ap.parse_args()

    import torch

    from medassist.model.decoding import GenerationSettings
    from medassist.model.loading import load_model
    from medassist.training.data.prepare import ensure_prepared, load_split
    from medassist.training.evaluate.generate import generate_all
    from medassist.training.evaluate.heldout import make_prompts, select

    records = select(load_split(ensure_prepared(args.data), "test"), args.n, seed=0)
    model, tok = load_model(args.model, dtype=args.dtype, device="cpu")
    prompts = make_prompts(tok, [r.question for r in records])
    generate_all(model, tok, prompts[:2], GenerationSettings(max_new_tokens=4), batch_size=2)  # warm-up

    t = time.perf_counter()
    batched = generate_all(model, tok, prompts, GenerationSettings(args.max_new_tokens), batch_size=args.batch_size)
    batched_s = time.perf_counter() - t
    t = time.perf_counter()
    sequential = generate_all(model, tok, prompts, GenerationSettings(args.max_new_tokens), batch_size=1)
    sequential_s = time.perf_counter() - t

    same = sum(a == b for a, b in zip(batched, sequential, strict=True))
    print(f"{len(prompts)} questions, max_new_tokens={args.max_new_tokens}, batch={args.batch_size}, "
          f"dtype={next(model.parameters()).dtype}, threads={torch.get_num_threads()}")
    print(f"batched {batched_s:.1f}s, sequential {sequential_s:.1f}s; identical answers {same}/{len(prompts)}")
    print(json.dumps({"batched_s": round(batched_s, 2), "sequential_s": round(sequential_s, 2),
                      "ratio": round(sequential_s / batched_s, 2), "n": len(prompts),
                      "batch_size": args.batch_size, "max_new_tokens": args.max_new_tokens,
                      "identical_answers": same, "dtype": str(next(model.parameters()).dtype)}))


if __name__ == "__main__":
    main()
