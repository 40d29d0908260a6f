"""Supervised (answer) tokens per second: our trainer vs the original design's recipe, same model,
same training examples, same LoRA, one run — compared dtype for dtype, with model FLOPs utilisation
against a matmul peak measured in the same run.

    nice -n 15 python bench/train_throughput.py [--model smollm2-135m-instruct] [--n 32] [--max-length 256]

ours:        answer-only labels, padded to the longest in each batch, length-grouped batches, batch 4,
             `MedAssistTrainer` as `medassist train` runs it (full vocabulary head).
seed recipe: every sample padded to 256 tokens, labels = input_ids (prompt and pad tokens counted in
             the loss), batch 2, plain transformers.Trainer.
Both see the same N examples once (truncated at 256 tokens) and the same answer tokens. Each recipe is
timed in fp32 and, where the CPU has native bf16, in bf16: the honest speed-up of the recipe is the
ratio at the SAME precision (`ratio_fp32`, `ratio_bf16`); `ratio_ours_bf16_vs_seed_fp32` (the number
this bench used to print as "ratio") mixes the recipe gain with the precision gain and is printed only
for reference. `ours_answer_only_head_*` (unless --skip-head-ablation) is our recipe with the vocabulary
head run only at answer positions (`answer_only_head_trainer()` below: an ablation kept here, not in the
trainer, because it measured slower on this CPU), to measure that change; on a loaded machine a sequential pair of runs drifts with the load, so
`--only-head-ablation` times the two losses alternately on the same batches instead.

MFU: FLOPs the loop performs on the positions it processes (padding included, it is work done):
4 x (linear-layer parameters) per position (LoRA: forward plus input gradients; the frozen weights get
no weight gradients), the vocabulary head's share only on the rows it is run on, and causal attention
(6 x layers x width^2 x attention width per row) — divided by the wall time and by the peak of a large
matmul in the same dtype timed in this process (best of 3 timings at each of several points between
the runs), on this machine as it is loaded now. On a shared CPU the load (printed) moves every
number; compare runs of one invocation only.

Last line: JSON with every number.
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


def matmul_peak(dtype, n: int = 2048, seconds: float = 1.5, trials: int = 3) -> float:
    """FLOP/s of a large square matmul in `dtype`, best of `trials` timed loops."""
    import torch

    a = torch.randn(n, n).to(dtype)
    b = torch.randn(n, n).to(dtype)
    torch.matmul(a, b)  # warm-up
    best = 0.0
    for _ in range(trials):
        k, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            torch.matmul(a, b)
            k += 1
        best = max(best, 2 * n ** 3 * k / (time.perf_counter() - t0))
    return best


class CountingCollator:
    """Wraps a collator and counts what reaches the model: positions processed, answer positions
    (where the loss reads the head), and sum over rows of width^2 (for attention FLOPs)."""

    def __init__(self, inner):
        self.inner = inner
        self.positions = self.answer_rows = self.width_sq = 0

    def __call__(self, features):
        batch = self.inner(features)
        b, w = batch["input_ids"].shape
        self.positions += b * w
        self.width_sq += b * w * w
        self.answer_rows += int((batch["labels"][:, 1:] != -100).sum())
        return batch


def model_shape(model) -> dict:
    import torch

    head = model.get_output_embeddings()
    linear = sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))
    cfg = model.config
    return {"linear_params": linear, "head_params": head.weight.numel(), "layers": cfg.num_hidden_layers,
            "attn_width": cfg.num_attention_heads * getattr(cfg, "head_dim", cfg.hidden_size // cfg.num_attention_heads)}


def answer_only_head_trainer():
    """`MedAssistTrainer` whose training loss runs the vocabulary head only where the loss reads it.

    The causal-LM loss only reads the logits of positions whose next token is an answer token; the
    49k-word head over every prompt and padding position is about a fifth of the model's compute. A
    forward pre-hook on the output layer feeds it just those positions' hidden states (so the call still
    goes through any DDP wrapper) and transformers' own loss gets the matching `shift_labels`: the same
    loss and gradients (`interleaved_loss_abs_diff` checks the loss), fewer head FLOPs. Not in
    `medassist train`: on this CPU in bf16 the row gather and its scatter-back cost more than the head
    rows saved (16.8 s vs 14.5 s per pass with the full head, MedQuAD examples cut at 256 tokens)."""
    import torch

    from medassist.model.chat_format import IGNORE_INDEX
    from medassist.training.finetune.recipe import MedAssistTrainer

    class AnswerOnlyHeadTrainer(MedAssistTrainer):
        answer_logits_only = True  # False: the plain trainer's loss, for the interleaved A/B

        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            if return_outputs or not self.answer_logits_only or inputs.get("labels") is None:
                return super().compute_loss(model, inputs, return_outputs=return_outputs,
                                            num_items_in_batch=num_items_in_batch)
            targets = torch.nn.functional.pad(inputs["labels"], (0, 1), value=IGNORE_INDEX)[..., 1:]
            keep = targets != IGNORE_INDEX
            head = self.accelerator.unwrap_model(model).get_output_embeddings()
            hook = head.register_forward_pre_hook(lambda _module, args: (args[0][keep],) + tuple(args[1:]))
            try:  # transformers' ForCausalLMLoss uses shift_labels as given: one target per kept row
                return super().compute_loss(model, {**inputs, "shift_labels": targets[keep]},
                                            num_items_in_batch=num_items_in_batch)
            finally:
                hook.remove()

    return AnswerOnlyHeadTrainer


def loop_flops(shape: dict, counts: CountingCollator, full_head: bool) -> float:
    body = shape["linear_params"] - shape["head_params"]
    head_rows = counts.positions if full_head else counts.answer_rows
    attention = 6 * shape["layers"] * shape["attn_width"] * counts.width_sq
    return 4 * body * counts.positions + 4 * shape["head_params"] * head_rows + attention


def time_training(model_name: str, dtype: str, examples: list[dict], collator, batch_size: int,
                  group_by_length: bool, *, ours: bool, answer_logits_only: bool = False) -> dict:
    """One pass over `examples` (one optimizer step per batch) with the default LoRA: seconds and FLOPs."""
    import torch
    from transformers import Trainer, TrainerCallback, TrainingArguments

    from datasets import Dataset
    from medassist.model.loading import load_model
    from medassist.model.loading.loader import pick_dtype
    from medassist.training.finetune.config import TrainConfig
    from medassist.training.finetune.recipe import MedAssistTrainer, add_lora

    torch.manual_seed(0)
    torch_dtype = pick_dtype("cpu", dtype)
    model, _ = load_model(model_name, dtype=torch_dtype, device="cpu")
    shape = model_shape(model)
    model = add_lora(model, TrainConfig())

    class Clock(TrainerCallback):
        def on_train_begin(self, *a, **k):
            self.t0 = time.perf_counter()

        def on_train_end(self, *a, **k):
            self.seconds = time.perf_counter() - self.t0

    clock = Clock()
    counts = CountingCollator(collator)
    trainer_cls = Trainer
    if ours:
        trainer_cls = answer_only_head_trainer() if answer_logits_only else MedAssistTrainer
    with tempfile.TemporaryDirectory() as tmp:
        args = TrainingArguments(
            output_dir=tmp, per_device_train_batch_size=batch_size, num_train_epochs=1, learning_rate=1e-4,
            save_strategy="no", eval_strategy="no", logging_strategy="no", report_to="none", use_cpu=True,
            bf16=torch_dtype == torch.bfloat16, remove_unused_columns=False, seed=0,
            train_sampling_strategy="group_by_length" if group_by_length else "random", disable_tqdm=True)
        rows = [{k: e[k] for k in ("input_ids", "attention_mask", "labels")} | {"length": len(e["input_ids"])}
                for e in examples]
        trainer_cls(model=model, args=args, train_dataset=Dataset.from_list(rows), data_collator=counts,
                    callbacks=[clock]).train()
    full_head = not (ours and answer_logits_only)
    return {"seconds": clock.seconds, "flops": loop_flops(shape, counts, full_head),
            "positions": counts.positions, "dtype": str(torch_dtype).removeprefix("torch.")}


def head_ablation_interleaved(model_name: str, dtype: str, examples: list[dict], collator, batch_size: int,
                              rounds: int = 5) -> dict:
    """Seconds per training step (forward + backward) of our trainer's loss with the answer-only head
    vs the full head, on the same batches, alternating A/B so the drifting load of a shared machine
    hits both alike; medians over `rounds` passes."""
    import statistics

    import torch
    from transformers import TrainingArguments

    from medassist.model.loading import load_model
    from medassist.model.loading.loader import pick_dtype
    from medassist.training.finetune.config import TrainConfig
    from medassist.training.finetune.recipe import add_lora

    torch.manual_seed(0)
    torch_dtype = pick_dtype("cpu", dtype)
    model, _ = load_model(model_name, dtype=torch_dtype, device="cpu")
    model = add_lora(model, TrainConfig())
    model.train()
    with tempfile.TemporaryDirectory() as tmp:
        args = TrainingArguments(output_dir=tmp, use_cpu=True, report_to="none", bf16=torch_dtype == torch.bfloat16,
                                 disable_tqdm=True)
        trainer = answer_only_head_trainer()(model=model, args=args)
        batches = [collator(examples[i:i + batch_size]) for i in range(0, len(examples), batch_size)]
        times: dict[bool, list[float]] = {True: [], False: []}
        losses: dict[bool, float] = {}
        for _ in range(rounds):
            for answer_only in (True, False):
                trainer.answer_logits_only = answer_only
                t0 = time.perf_counter()
                total = 0.0
                for b in batches:
                    loss = trainer.compute_loss(model, b, num_items_in_batch=int((b["labels"][:, 1:] != -100).sum()))
                    loss.backward()
                    total += float(loss)
                model.zero_grad(set_to_none=True)
                times[answer_only].append(time.perf_counter() - t0)
                losses[answer_only] = total
    a, f = statistics.median(times[True]), statistics.median(times[False])
    return {"interleaved_answer_only_head_s": round(a, 2), "interleaved_full_head_s": round(f, 2),
            "interleaved_answer_only_head_gain": round(f / a, 3),
            "interleaved_loss_abs_diff": abs(losses[True] - losses[False])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m-instruct")
    ap.add_argument("--data", default="data/medquad")
    ap.add_argument("--n", type=int, default=32, help="training examples (the first N of the train split)")
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--batch-size", type=int, default=4, help="our batch size")
    ap.add_argument("--skip-head-ablation", action="store_true", help="skip our recipe with the full head")
    ap.add_argument("--only-head-ablation", action="store_true",
                    help="only the interleaved answer-only vs full head step timing (bf16 where native)")
    args = ap.parse_args()

    import torch
    from transformers import default_data_collator

    from medassist.model.chat_format import IGNORE_INDEX
    from medassist.model.loading import load_tokenizer
    from medassist.model.loading.loader import cpu_supports_bf16
    from medassist.training.finetune.data import PadToLongest, encode_records, load_records

    tok = load_tokenizer(args.model)
    records = load_records(args.data, "train", args.n)
    ours = encode_records(tok, records, args.max_length)
    seed = seed_examples(tok, records, args.max_length)
    # The same answer tokens reach the model in both recipes (same template, same 256-token cut).
    answer_tokens = sum(sum(t != IGNORE_INDEX for t in e["labels"][1:]) for e in ours)
    dtypes = ["fp32"] + (["bf16"] if cpu_supports_bf16() else [])
    if args.only_head_ablation:
        print(json.dumps({"model": args.model, "examples": len(ours), "dtype": dtypes[-1],
                          "load_avg_1min": round(os.getloadavg()[0], 2)}
                         | head_ablation_interleaved(args.model, dtypes[-1], ours, PadToLongest(tok.pad_token_id),
                                                     args.batch_size)))
        return
    result: dict = {"model": args.model, "examples": len(ours), "answer_tokens": answer_tokens,
                    "ours_batch_size": args.batch_size, "seed_recipe_batch_size": 2,
                    "torch_threads": torch.get_num_threads(), "native_bf16": cpu_supports_bf16()}
    # The machine is shared: its free capacity drifts during the run, so the peak is the best of
    # several timings taken between the training runs (a peak measured at a busy moment would
    # inflate the MFU of a run timed at a quiet one).
    torch_dtypes = {"fp32": torch.float32, "bf16": torch.bfloat16}
    peaks = {d: 0.0 for d in dtypes}

    def sample_peaks() -> None:
        for d in dtypes:
            peaks[d] = max(peaks[d], matmul_peak(torch_dtypes[d]))

    load_before = os.getloadavg()[0]
    sample_peaks()
    runs = {}
    for d in dtypes:
        runs[f"seed_recipe_{d}"] = time_training(args.model, d, seed, default_data_collator, 2, False, ours=False)
        runs[f"ours_{d}"] = time_training(args.model, d, ours, PadToLongest(tok.pad_token_id), args.batch_size,
                                          True, ours=True)
        sample_peaks()
    if not args.skip_head_ablation:
        d = dtypes[-1]
        runs[f"ours_answer_only_head_{d}"] = time_training(args.model, d, ours, PadToLongest(tok.pad_token_id),
                                                           args.batch_size, True, ours=True, answer_logits_only=True)
        sample_peaks()
    result |= {f"matmul_peak_{d}_gflops": round(p / 1e9, 1) for d, p in peaks.items()}
    result |= {"load_avg_1min_before": round(load_before, 2), "load_avg_1min_after": round(os.getloadavg()[0], 2)}
    for name, r in runs.items():
        d = r["dtype"].replace("bfloat16", "bf16").replace("float32", "fp32")
        result |= {f"{name}_seconds": round(r["seconds"], 2),
                   f"{name}_tokens_per_s": round(answer_tokens / r["seconds"], 1),
                   f"{name}_positions": r["positions"],
                   f"{name}_mfu_pct": round(100 * r["flops"] / r["seconds"] / peaks[d], 1)}
    for d in dtypes:  # the recipe's gain at equal precision
        result[f"ratio_{d}"] = round(runs[f"seed_recipe_{d}"]["seconds"] / runs[f"ours_{d}"]["seconds"], 2)
    if "bf16" in dtypes:
        result["ratio_ours_bf16_vs_seed_fp32"] = round(runs["seed_recipe_fp32"]["seconds"] / runs["ours_bf16"]["seconds"], 2)
        result["bf16_vs_fp32_ours"] = round(runs["ours_fp32"]["seconds"] / runs["ours_bf16"]["seconds"], 2)
    if not args.skip_head_ablation:
        d = dtypes[-1]
        result[f"answer_only_head_gain_{d}"] = round(runs[f"ours_{d}"]["seconds"] / runs[f"ours_answer_only_head_{d}"]["seconds"], 2)
    for d in dtypes:
        print(f"{d}: ours {result[f'ours_{d}_tokens_per_s']} answer tok/s (MFU {result[f'ours_{d}_mfu_pct']}%), "
              f"seed recipe {result[f'seed_recipe_{d}_tokens_per_s']} (MFU {result[f'seed_recipe_{d}_mfu_pct']}%), "
              f"ratio {result[f'ratio_{d}']}x at equal precision; matmul peak {result[f'matmul_peak_{d}_gflops']} GFLOP/s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
