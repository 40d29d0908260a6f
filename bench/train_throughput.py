"""Supervised (answer) tokens per second: our trainer vs the original design's recipe, same model,
same training examples, same LoRA, one run.

    python bench/train_throughput.py [--model smollm2-135m-instruct] [--n 32] [--max-length 256]

ours:        answer-only labels, padded to the longest in each batch, length-grouped batches,
             batch 4, precision by hardware (bf16 on CPUs with native bf16, else fp32).
seed recipe: every sample padded to 256 tokens, labels = input_ids (prompt and pad tokens counted
             in the loss), batch 2, fp32.
Both see the same N examples once (truncated at 256 tokens) and the same answer tokens, so the
ratio is the wall-time ratio of the training loops (model loading excluded). `ours_fp32_tokens_per_s`
separates the batching gain from the precision gain.

Last line: JSON with ours_tokens_per_s, seed_recipe_tokens_per_s, ratio (target >= 3).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch loads; see medassist/__init__.py
os.environ.setdefault("TQDM_DISABLE", "1")


def seed_examples(tokenizer, records, max_length: int) -> list[dict]:
    """The original recipe: the whole chat text, padded to max_length, loss on every position."""
    from medassist.model.chat_format import build_messages

    out = []
    for r in records:
        text = tokenizer.apply_chat_template(
            build_messages(r.question) + [{"role": "assistant", "content": r.answer}], tokenize=False)
        enc = tokenizer(text, add_special_tokens=False, padding="max_length", truncation=True, max_length=max_length)
        out.append({"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"],
                    "labels": list(enc["input_ids"])})
    return out


def time_training(model_name: str, dtype: str, examples: list[dict], collator, batch_size: int,
                  group_by_length: bool) -> float:
    """Seconds for one pass over `examples` (one optimizer step per batch) with LoRA q/v, r=16."""
    import torch
    from transformers import Trainer, TrainerCallback, TrainingArguments

    from datasets import Dataset
    from medassist.model.loading import load_model
    from medassist.model.loading.loader import pick_dtype
    from medassist.training.finetune.config import TrainConfig
    from medassist.training.finetune.recipe import add_lora

    torch.manual_seed(0)
    torch_dtype = pick_dtype("cpu", dtype)
    model, _ = load_model(model_name, dtype=torch_dtype, device="cpu")
    model = add_lora(model, TrainConfig())

    class Clock(TrainerCallback):
        def on_train_begin(self, *a, **k):
            self.t0 = time.perf_counter()

        def on_train_end(self, *a, **k):
            self.seconds = time.perf_counter() - self.t0

    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp:
        args = TrainingArguments(
            output_dir=tmp, per_device_train_batch_size=batch_size, num_train_epochs=1, learning_rate=1e-4,
            save_strategy="no", eval_strategy="no", logging_strategy="no", report_to="none", use_cpu=True,
            bf16=torch_dtype == torch.bfloat16, remove_unused_columns=False, seed=0,
            train_sampling_strategy="group_by_length" if group_by_length else "random", disable_tqdm=True)
        rows = [{k: e[k] for k in ("input_ids", "attention_mask", "labels")} | {"length": len(e["input_ids"])}
                for e in examples]
        Trainer(model=model, args=args, train_dataset=Dataset.from_list(rows), data_collator=collator,
                callbacks=[clock]).train()
    return clock.seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m-instruct")
    ap.add_argument("--data", default="data/medquad")
    ap.add_argument("--n", type=int, default=32, help="training examples (the first N of the train split)")
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=4, help="our batch size")
    ap.add_argument("--dtype", default="auto", help="our precision (the seed recipe is fp32)")
    ap.add_argument("--skip-fp32", action="store_true", help="skip the extra fp32 run of our trainer")
    args = ap.parse_args()

    from medassist.model.chat_format import IGNORE_INDEX
    from medassist.model.loading import load_tokenizer
    from medassist.model.loading.loader import pick_dtype
    from medassist.training.finetune.data import PadToLongest, encode_records, load_records

    tok = load_tokenizer(args.model)
    records = load_records(args.data, "train", args.n)
    ours = encode_records(tok, records, args.max_length)
    seed = seed_examples(tok, records, args.max_length)
    # The same answer tokens reach the model in both recipes (same template, same 256-token cut).
    answer_tokens = sum(sum(t != IGNORE_INDEX for t in e["labels"][1:]) for e in ours)
    from transformers import default_data_collator

    result = {"model": args.model, "examples": len(ours), "answer_tokens": answer_tokens,
              "ours_input_tokens": sum(len(e["input_ids"]) for e in ours),
              "seed_recipe_input_tokens": len(seed) * args.max_length,
              "ours_batch_size": args.batch_size, "seed_recipe_batch_size": 2}
    t_seed = time_training(args.model, "fp32", seed, default_data_collator, 2, group_by_length=False)
    t_ours = time_training(args.model, args.dtype, ours, PadToLongest(tok.pad_token_id), args.batch_size, True)
    result |= {"seed_recipe_seconds": round(t_seed, 2), "ours_seconds": round(t_ours, 2),
               "ours_dtype": str(pick_dtype("cpu", args.dtype)).removeprefix("torch.")}
    if not args.skip_fp32:
        t_fp32 = time_training(args.model, "fp32", ours, PadToLongest(tok.pad_token_id), args.batch_size, True)
        result |= {"ours_fp32_seconds": round(t_fp32, 2),
                   "ours_fp32_tokens_per_s": round(answer_tokens / t_fp32, 1)}
    result |= {"ours_tokens_per_s": round(answer_tokens / t_ours, 1),
               "seed_recipe_tokens_per_s": round(answer_tokens / t_seed, 1),
               "ratio": round(t_seed / t_ours, 2)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
