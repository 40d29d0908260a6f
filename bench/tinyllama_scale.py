"""The original design's model, proven mechanically offline: TinyLlama-1.1B-Chat's exact architecture
(random weights), its real tokenizer and chat template, LoRA r=16/alpha=32 on q/v, trained for a few
steps and generating, with MedAssist's own training recipe — in bf16 and fp32 on this CPU.

Each dtype runs in its own subprocess so the peak RSS is that dtype's alone. Prints one JSON object as
its last line: peak memory and tokens/s for training and inference in each dtype.

    python bench/tinyllama_scale.py [--model-dir DIR] [--steps 3] [--max-length 256]
    python bench/tinyllama_scale.py --model-dir ~/.cache/medassist/models/smollm2-135m-instruct  # the default, same recipe
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "models" / "tinyllama-1.1b-chat-v1.0-noweights"


def run_one(model_dir: Path, dtype_name: str, steps: int, max_length: int, new_tokens: int) -> dict:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, TrainerCallback

    from medassist.model.chat_format import build_messages, encode_prompt
    from medassist.training.finetune.config import config_from_dict
    from medassist.training.finetune.data import encode_records, load_records, make_collator
    from medassist.training.finetune.recipe import MedAssistTrainer, add_lora, training_arguments

    dtype = {"bf16": torch.bfloat16, "fp32": torch.float32}[dtype_name]
    torch.manual_seed(0)
    # The committed TinyLlama recipe, so the benchmark exercises exactly what users will run.
    # grad_accum=1: each timed optimizer step is one micro-batch of 2, so a few steps stay short on a CPU.
    cfg = config_from_dict(_seed_config(), ["train.grad_accum=1", f"data.max_length={max_length}",
                                            f"train.max_steps={steps + 1}", "train.logging_steps=1"])
    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(model_dir), dtype=dtype)
    model = add_lora(model, cfg)
    records = load_records(cfg.data.dir, "train", 2 * (steps + 1) * cfg.train.grad_accum)
    examples = encode_records(tok, records, max_length)

    stamps: list[float] = []

    class StepClock(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            stamps.append(time.perf_counter())

    from datasets import Dataset

    with tempfile.TemporaryDirectory() as tmp:
        args = training_arguments(cfg, Path(tmp), dtype, eval_on_start=False)
        args.eval_strategy = "no"
        args.save_strategy = "no"
        args.disable_tqdm = True
        trainer = MedAssistTrainer(model=model, args=args, train_dataset=Dataset.from_list(examples),
                                   data_collator=make_collator(tok, False), processing_class=tok,
                                   callbacks=[StepClock()])
        counted: list[int] = []
        orig = trainer.training_step

        def counting_step(model, inputs, num_items_in_batch=None):
            counted.append(int(inputs["attention_mask"].sum()))
            return orig(model, inputs, num_items_in_batch)

        trainer.training_step = counting_step
        trainer.train()
    # The first optimizer step warms up kernels and allocators: time the remaining `steps`.
    per_step = cfg.train.grad_accum
    timed_tokens = sum(counted[per_step:])
    train_s = stamps[-1] - stamps[0]

    model.eval()
    prompt = encode_prompt(tok, build_messages("What are the symptoms of diabetes?"))
    ids = torch.tensor([prompt])
    with torch.no_grad():
        model.generate(ids, max_new_tokens=4, min_new_tokens=4, do_sample=False)  # warm-up
        t0 = time.perf_counter()
        out = model.generate(ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                             pad_token_id=tok.eos_token_id)
        gen_s = time.perf_counter() - t0
    generated = out.shape[1] - ids.shape[1]
    return {
        "dtype": dtype_name,
        "params_total": sum(p.numel() for p in model.parameters()),
        "params_trainable": sum(p.numel() for p in model.parameters() if p.requires_grad),
        "train_tokens_per_s": round(timed_tokens / train_s, 1),
        "train_s_per_step": round(train_s / steps, 2),
        "train_batch": f"{cfg.train.batch_size}x{cfg.train.grad_accum}, <= {max_length} tokens",
        "infer_tokens_per_s": round(generated / gen_s, 2),
        "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2),
    }


def _seed_config() -> dict:
    import yaml

    raw = yaml.safe_load((REPO / "configs" / "tinyllama-seed.yaml").read_text())
    base = raw["base"]
    base["model"] = {k: v for k, v in base.get("model", {}).items() if k != "name"}  # built from config
    exp1 = raw["experiments"][0]["set"]  # the original design's first run: lr 1e-4, batch 2 x accum 4
    base["train"] |= {k.split(".", 1)[1]: v for k, v in exp1.items() if k.startswith("train.")}
    return base


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--new-tokens", type=int, default=32)
    ap.add_argument("--dtypes", default="bf16,fp32")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if not (a.model_dir / "config.json").exists():
        print(f"error: {a.model_dir}: no TinyLlama config.json (see ../shared/models/README.md)", file=sys.stderr)
        return 2
    if a.one:
        print(json.dumps(run_one(a.model_dir, a.one, a.steps, a.max_length, a.new_tokens)))
        return 0
    results = {}
    for dt in a.dtypes.split(","):
        proc = subprocess.run([sys.executable, __file__, "--one", dt, "--model-dir", str(a.model_dir),
                               "--steps", str(a.steps), "--max-length", str(a.max_length),
                               "--new-tokens", str(a.new_tokens)],
                              capture_output=True, text=True, env=os.environ | {"HF_HUB_OFFLINE": "1"})
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return proc.returncode
        results[dt] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{dt}: {results[dt]}", flush=True)
    print(json.dumps({"model": f"{a.model_dir.name} architecture (random weights)",
                      "cpu_threads": os.cpu_count(), **results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
