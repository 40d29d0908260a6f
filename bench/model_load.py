"""Benchmark: the embedded default's first load (GGUF -> safetensors conversion into a fresh cache)
against the second load (the converted folder reused), plus 40 greedy tokens for a chat prompt.

    python bench/model_load.py [--model smollm2-135m-instruct] [--dtype auto]

Target: second load < 5 s. The second load is timed twice: in this process, and in a fresh Python
process (what a user's next `medassist` run pays), with transformers' lazy imports of its modeling and
tokenizer modules timed separately.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

# transformers imports its modeling/tokenizer modules lazily on first use; they are library import
# cost, not the model load, so they are timed separately (a user's fresh run pays both).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch loads; see medassist/__init__.py

FRESH_PROCESS_LOAD = """
import importlib, json, sys, time
import torch, transformers
from medassist.model.loading import load_model
t0 = time.perf_counter()
for m in ("transformers.modeling_utils", "transformers.models.llama.modeling_llama",
          "transformers.models.auto.modeling_auto", "transformers.models.auto.tokenization_auto",
          "transformers.tokenization_utils_tokenizers"):
    importlib.import_module(m)
t1 = time.perf_counter()
load_model(sys.argv[1], device="cpu", dtype=sys.argv[2])
print(json.dumps({"lazy_imports_s": t1 - t0, "load_s": time.perf_counter() - t1}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--new-tokens", type=int, default=40)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="medassist-bench-cache-") as cache:
        os.environ["MEDASSIST_CACHE"] = cache  # a fresh cache: the first load must convert
        import torch

        from medassist.model.chat_format import build_messages, encode_prompt
        from medassist.model.loading import load_model
        from medassist.model.loading.loader import converted_dir

        t0 = time.perf_counter()
        load_model(args.model, device="cpu", dtype=args.dtype)
        first = time.perf_counter() - t0
        converted = converted_dir(args.model).exists()

        t0 = time.perf_counter()
        model, tok = load_model(args.model, device="cpu", dtype=args.dtype)
        second = time.perf_counter() - t0

        proc = subprocess.run([sys.executable, "-c", FRESH_PROCESS_LOAD, args.model, args.dtype],
                              capture_output=True, text=True, env=os.environ | {"HF_HUB_OFFLINE": "1"},
                              check=True)
        fresh = json.loads(proc.stdout.strip().splitlines()[-1])

        ids = torch.tensor([encode_prompt(tok, build_messages("What are the symptoms of asthma?"))])
        t0 = time.perf_counter()
        with torch.no_grad():
            out = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=False,
                                 max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
                                 pad_token_id=tok.pad_token_id)
        gen = time.perf_counter() - t0
        new = out[0, ids.shape[1]:]
        text = tok.decode(new, skip_special_tokens=True)

    print(f"generated: {text!r}", file=sys.stderr)
    print(json.dumps({
        "model": args.model,
        "dtype": str(model.dtype).removeprefix("torch."),
        "first_load_s": round(first, 2),
        "second_load_s": round(second, 2),
        "second_load_fresh_process_s": round(fresh["load_s"], 2),
        "fresh_process_lazy_imports_s": round(fresh["lazy_imports_s"], 2),
        "ratio": round(first / second, 1),
        "converted_into_fresh_cache": converted,
        "generated_tokens": int(new.numel()),
        "generate_40_tokens_s": round(gen, 2),
        "torch_threads": torch.get_num_threads(),
        "second_load_under_5s": second < 5 and fresh["load_s"] < 5,
    }))


if __name__ == "__main__":
    main()
