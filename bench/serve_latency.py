"""Serving latency on this machine: time to first token and decode speed for a short question,
through the same pipeline the app uses (safety, retrieval, prompt, streaming), after the model loads.

    python bench/serve_latency.py [--model NAME] [--adapter DIR|none] [--no-retrieval] [--repeats 5]

Prints one line per measured configuration, then one JSON object as the LAST line:
{"ttft_s", "tokens_per_s", ...} for the default configuration (dtype auto, retrieval on when it
loads), with the other configurations measured in the same run alongside for comparison.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def once(assistant, question: str, settings, use_retrieval: bool) -> tuple[float, float, int, int]:
    """(ttft_s, decode tokens/s, completion tokens, prompt tokens) for one streamed reply."""
    t0 = time.perf_counter()
    turn = assistant.answer(question, settings=settings, use_retrieval=use_retrieval)
    first = None
    for _piece in turn.generation:
        first = first or time.perf_counter()
    end = time.perf_counter()
    gen = turn.generation
    # Decode speed after the first token: the tokens streamed while the user watches.
    speed = (gen.completion_tokens - 1) / (end - first) if gen.completion_tokens > 1 else 0.0
    return first - t0, speed, gen.completion_tokens, gen.prompt_tokens


def summarize(samples: list[tuple[float, float, int, int]]) -> dict:
    ttfts, speeds, tokens, prompts = zip(*samples, strict=True)
    return {"ttft_s": round(statistics.median(ttfts), 3), "ttft_max_s": round(max(ttfts), 3),
            "tokens_per_s": round(statistics.median(speeds), 1), "completion_tokens": statistics.median(tokens),
            "prompt_tokens": prompts[-1], "repeats": len(samples)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=None)
    p.add_argument("--adapter", default="default", help="adapter folder, 'none', or the shipped default")
    p.add_argument("--question", default="What are the symptoms of diabetes?")
    p.add_argument("--max-new-tokens", type=int, default=64)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--dtypes", default="auto,float32", help="comma list; the first is the headline")
    p.add_argument("--no-retrieval", action="store_true")
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING)

    import torch

    from medassist.model.assistant import Assistant
    from medassist.model.decoding import GenerationSettings
    from medassist.model.runtime import ChatRuntime

    retriever, retrieval_load_s = None, None
    if not args.no_retrieval:
        from medassist.model.retrieval import Retriever

        t0 = time.perf_counter()
        retriever = Retriever.load_default()
        retrieval_load_s = round(time.perf_counter() - t0, 2)
    settings = GenerationSettings(max_new_tokens=args.max_new_tokens)
    configs = []  # (label fields, assistant, use_retrieval)
    for dtype in args.dtypes.split(","):
        t0 = time.perf_counter()
        runtime = ChatRuntime.load(args.model, args.adapter, dtype=dtype)
        load_s = round(time.perf_counter() - t0, 2)
        assistant = Assistant(runtime, retriever)
        for use_retrieval in ([True, False] if retriever else [False]):
            label = {"dtype": dtype, "torch_dtype": str(runtime.model.dtype).removeprefix("torch."),
                     "retrieval": use_retrieval, "load_s": load_s, "model": runtime.model_id}
            configs.append((label, assistant, use_retrieval))
    for _, assistant, use_retrieval in configs:  # warm-up (first-call allocations, kernel selection)
        once(assistant, args.question, settings, use_retrieval)
    # Round-robin so that load from other processes on this shared machine hits every config alike.
    samples: list[list] = [[] for _ in configs]
    for _ in range(args.repeats):
        for i, (_, assistant, use_retrieval) in enumerate(configs):
            samples[i].append(once(assistant, args.question, settings, use_retrieval))
    results = []
    for (label, _, _), s in zip(configs, samples, strict=True):
        r = {**label, **summarize(s)}
        print(json.dumps(r), file=sys.stderr)
        results.append(r)
    head = results[0]
    summary = {**head, "retrieval_load_s": retrieval_load_s, "threads": torch.get_num_threads(),
               "question": args.question, "max_new_tokens": args.max_new_tokens, "target_ttft_s": 1.0,
               "meets_target": head["ttft_s"] < 1.0, "all": results}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
