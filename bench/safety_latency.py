"""Latency of the whole safety check (`check_input`: validation, rules, MiniLM embedding, learned head)
per message, one at a time as a front end calls it, alone and with two earlier messages as context;
then the output check (issue 21) per answer sentence and per answer, and check_input + the output check
per message, alone and with the faithfulness check's sentence cache (a grounded answer: each sentence is
embedded once, by the faithfulness check, and the output check reads it from the cache). Messages: the
validation splits of datasets/triage/messages.jsonl and answers.jsonl (the
test splits stay for `medassist safety eval`).

    python bench/safety_latency.py [--repeats 3]

Targets: check_input p95 < 20 ms (issue 12); check_input + the output check p95 < 30 ms per message
(issue 21), with evidence and without. Without evidence (no retrieval: the output check embeds each sentence it
cannot clear otherwise, one call each as streamed; an answer checked whole, one call for all of them, is timed too)
five ways are timed answer by answer in one run (`compare_short_paths`), so a busy machine slows them alike: the
shipped one (`estimate`: `LeanBert`, and the embedder's int8 estimate first, the sentences it cannot clear embedded for
real: always where short calls are fp32, and beside bf16 ones where the estimate measures cheaper than them,
`MiniLMEmbedder.estimate_pays`, session 49), `LeanBert` alone (`lean`, round 13: no estimate; on a CPU with native bf16
what shipped before session 49, so lean/estimate there is that session's before/after) and the pipelines used before it
(`pipeline`), and the shipped one with the safety readers' per-message sharing off (`unshared`, session 47:
`reading_scope`), and the shipped one with session 50's skips off (`unskipped`: every rule pattern searched, `prefilter`,
and the input head's bar read for every text, `learned.READ_BAR_NEAR_ONLY`), and the embedder's short calls as session 53
made them (`s53`: session 54's trims off, `session54_calls`), with the verdicts that differ counted and the
embedder's calls per message counted per way (exact calls: the question's and the sentences'; int8 estimates). Each message's checks run in one reading scope, as a
`Turn`'s. On a CPU with native bf16 the embedder runs short calls in bf16 (`MiniLMEmbedder`); the whole measurement is
then repeated with the fp32 encoder (what an fp32-only CPU runs, estimates on) and the ratio printed. The first line
names the CPU and whether the estimate pays beside bf16 there; the last is one JSON object (the served embedder's
figures, the fp32 ones beside).

Where the time goes, stage by stage (session 49, CPU time per message, bf16, AMD EPYC avx512_bf16, loaded machine):
without evidence about 22 ms mean, 60% of it MiniLM (the question once in check_input, 25%; the answer's sentences
the head reads, 1.3 per message, 35%), the rest the rules (input triage 8%, the output check's readers by context 8% and
its rules 6%, the question's reading 4%, the self-harm reader by meaning 3%, head features and pre-screen 4%); with
evidence about 14 ms, the question's embedding 38% and the same rules.

Session 51, the fp32 encoder without evidence (validation answers, CPU time per message, AMD EPYC, loaded machine: load
10-15): mean 27 ms, two thirds of it MiniLM. The embedder's calls are already one per text: exact 1.02 per message (the
question, 1.0, read by every input reader and by the output check from the query cache; an answer sentence 0.02) and
1.28 int8 estimates (one per sentence the rules, pre-screen and bound leave; 3 to 5 on the slowest messages, which set
the p95). The question's fp32 call is 12-14 ms (30 tokens; 81% of it the products, which read 42 MB of fp32 weights),
an estimate 4 ms, the rules about 9 ms (input 3, output 6). Session 51's rule skips (`prefilter` on four more lists, eight
more readers read once per message) take about 0.7-0.9 ms off the rules (1.04-1.05x the whole path, same verdicts);
what is left above the 30 ms target on an fp32 CPU is the embedder's arithmetic, which no exact change shortens.

Session 52, the same path profiled again (validation answers, CPU time per message, AMD EPYC, load 12-18): the question's
fp32 call 12-15 ms (1.0 exact call per message; 1.02 with the rare answer sentence the estimate cannot clear), 1.28 int8
estimates per message at about 4 ms each (max 5; 51 of the 55 come after a risky question, where the pre-screen clears
nothing; only 2 of them would a reader after the head have cleared, `_answers_by_structure`), rules about 6-7 ms (input 2,
output 4-5: the readers by context 1, the question's reading 0.9, the rules 0.5-1, the head's cue features 0.5). The p95
messages carry 3-5 estimates: 13 + 3-5 x 4 ms of MiniLM before any rule. The products already run near this core's fp32
peak (about 77 GFLOP/s hot; MKL's prepacked weights no faster, two threads the same bits but slower on a shared machine),
and the estimate's slack over its bound is small for a quarter of what it clears (below 1.2 logits), so a cheaper
stand-in would clear too little. The session's exact change: a rule list's literals found in one regex pass
(`prefilter.longest_literal_scan`, 2.8x less prefilter time) and the question's answer cues read once per message; the
`s51` way times it off: 0.6-0.8 ms less CPU per message (paired median, fp32 and bf16 alike), no verdict differing. At
load 2.2 (one run, the two alternating per message, 43 answers x 6) the no-evidence path was fp32 p50 19.0 -> 18.7 ms, p95
31.1 -> 30.5 ms; bf16 p50 13.3 -> 12.9 ms, p95 25.9 -> 24.2 ms; grounded fp32 p95 22.1 -> 21.9 ms, bf16 15.9 -> 13.9 ms.

Session 53, the same fp32 path weighed for what is left (AMD EPYC, one thread, load 11-15, so CPU time and hot minima):
per message 25.8 ms of CPU, of it the fp32 products 9.9 ms, the int8 ones 3.5, GELU, SDPA and LayerNorm 2.5 together,
the rules and the rest about 10. A forward by tokens, fp32 / int8: 5 tokens 7.4 / 1.7 ms, 10: 8.5 / 2.0, 20: 10.4 / 3.0,
30: 13.8 / 4.2, 100: 31 / 11.5 (fp32's fixed part is mostly reading its 42 MB of weights, more than the L3 holds; the
products at 22 rows run at 73 GFLOP/s fp32 and about 290 GOP/s int8, near this core's peaks); `addmm` over pre-transposed
weights, and the int8 op called by its overload, take the same time. What the ideas would give, measured:
  - the question's readers deciding from its int8 estimate plus a bound (twice each reader's largest gap, the output
    head's rule; `scripts/question_estimate_gaps.py`): the estimate's gaps are 0.98 (triage emergency logit), 0.67
    (dose), 0.029 (self-harm prototypes' cosine), 0.84-1.31 (the self-harm heads' logits), and `self_harm_risk` reads
    the vector for 42 of the 43 answers' questions: those readers alone could decide 204 of 730 questions and 6 of the
    43 this path times, the other readers of the vector not yet counted. The other 37 would pay the estimate (about 4 ms)
    and then the exact call: slower, not faster.
  - one int8 call for several sentences: five 20-token sentences 15 ms alone, 11.5 ms as one 100-token call, and only
    where sentences arrive together (`check_many`; streamed, as timed here, they come one at a time); the input's one
    quantisation scale per call would then depend on the other sentences, so the bound's measurement would not carry.
  - a cheaper estimate: its products are near the int8 peak; what is not products is about a third of a layer.
  - truncating tokens: mean pooling reads every token; a shorter input is another vector.
  - readers that cannot fire: a reader after the head would have cleared 2 of the 55 estimated sentences (session 52).
The p95 messages carry 3-5 estimates (after a risky question the pre-screen clears nothing); 4 of the 7 with the most
are questions check_input answers with the emergency reply, where a served answer never reaches the output check (14 of
the 43 answers' questions are not 'ok'). Timed as served (the output check only after 'ok') the p95 moves little: CPU
time p95 fp32 36.9 -> 34.4 ms, bf16 32.2 -> 29.7 ms (load 16, one run): the dose requests' answers set it as well.

Session 54, on an fp32-only CPU (AMD EPYC, 2 cores, AVX2 only: no avx512 at all, so no bf16 and no VNNI; load 15-36,
which slows CPU time too, about 2x session 53's: compare ratios in one run, not these ms with earlier ones). Per message
without evidence (validation answers, CPU time, streamed): mean 46 ms = the exact calls 22 (47%; 1.02 per message) +
the int8 estimates 12 (26%; 1.28 per message, about 0.44 of an exact call each) + the rules 12 (27%); the slowest
messages carry 3-5 estimates (5 on the slowest: half its time). What was weighed, one thread, paired or hot minima:
  - kept (`s53` way, the same vectors to the bit): fbgemm's int8 product called as its C++ operator (through
    `torch.ops` each call first looks in Python for traced stand-ins of the packed weight, about 4 of a product's
    20-200 us), q/k/v split in one view, residuals added in place, an estimate's text tokenized once (its cache key's
    ids; a tokenization is about 50-70 us): an int8 forward 1.07x, an fp32 one 1.02x (paired median, 300 pairs);
    check_input + the output check per message s53/shipped CPU time, paired median 1.03x (about 1.6 ms), no verdict
    differing.
  - the products' kernels: at 22 rows fbgemm's int8 is about 2x MKL's fp32 here (no VNNI); per-tensor weight scales
    the same speed; torch._int_mm 30-70x slower; fp16 weights (`linear_dynamic_fp16`) 1.2x faster than fp32 only;
    oneDNN's packed fp32 1.1-1.15x faster than MKL (hot minima) but not the same bits (round 12). GELU (tanh form slower
    than erf here), SDPA (the math form no faster at 22 tokens) and LayerNorm are about 15% of an int8 forward.
  - a tiny int8 product costs about 20 us of fbgemm's own (quantising, packing, output), 24 per forward: about 0.5 ms
    of an estimate that no call order removes.
  - calls: the validation messages' check_input embeds 1.00 exact texts per message (651 of 687 one, 19 two: the told
    clause and the whole message, 17 none); the output check reads the question from the query cache and embeds only
    what its head scores; the readers' prototypes are embedded at warm-up (`safety.warm`), not in a message.
What would still bring the fp32 p95 under 30 ms changes what is computed, not how: fewer estimates on the slowest
messages (after a risky question the pre-screen clears nothing) or a cheaper stand-in with a bound of its own."""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import platform
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from medassist.model.loading.loader import cpu_supports_bf16
from medassist.model.retrieval.embedder import shared_embedder
from medassist.model.safety import check_input, learned, output_rules, prefilter, reading_scope
from medassist.model.safety.output_check import OutputChecker, output_checker
from medassist.model.safety.warm import warm_up
from medassist.paths import REPO_DIR
from medassist.training.safety.eval_output import _forget_cached, answers_of, measure_output_latency
from medassist.training.safety.evaluate import _percentiles, measure_latency
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set


def measure(det, checker, texts: list[dict], answers: list[dict], repeats: int) -> dict:
    lat = measure_latency(det, texts, repeats)
    for name in ("single", "with_context"):
        p = lat[name]
        print(f"{name:>12}: p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms, max {p['max_ms']:.1f} ms")
    out = measure_output_latency(checker, answers, repeats)
    for label, block in (("alone", out), ("shared cache", out["shared_cache"])):
        for name in ("per_sentence", "per_answer", "check_input_plus_output_per_message",
                     "faithfulness_embedding_per_answer"):
            if (p := block.get(name)) is not None:
                print(f"output check ({label}) {name}: p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms, "
                      f"max {p['max_ms']:.1f} ms")
    return {**lat, "output_check": out, "without_evidence": compare_short_paths(checker, answers, repeats),
            "without_evidence_whole_answer": whole_answers(checker, answers, repeats)}


def whole_answers(checker: OutputChecker, rows: list[dict], repeats: int) -> dict:
    """check_input + the output check per message without evidence for an answer checked whole (not streamed:
    `check_text`, an answer handed over in one piece): the sentences the rules, pre-screen and bound leave go to the
    embedder in one call per answer instead of one each. Every cache emptied before each timing."""
    times, cpu = [], []
    for _ in range(max(repeats, 1)):
        for question, sentences in answers_of(rows):
            _forget_cached(checker)
            t0, c0 = time.perf_counter(), time.thread_time()
            with reading_scope.reading_scope():  # the message's readings, as a `Turn` keeps them
                check_input(question)
                checker.check_many(sentences, question)
            times.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
    out = {"wall": _percentiles(times), "cpu": _percentiles(cpu)}
    p, c = out["wall"], out["cpu"]
    print(f"without evidence, check_input + output check per message, answer checked whole (one embedder call): "
          f"p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms (CPU time p50 {c['p50_ms']:.1f}, p95 {c['p95_ms']:.1f} ms)")
    return out


@contextlib.contextmanager
def short_calls(embedder, path: str) -> Iterator[None]:
    """The embedder's short calls (a question, an answer sentence) through `path`: "estimate" (shipped: `LeanBert`,
    with the int8 estimate where short calls are fp32), "lean" (`LeanBert`, no estimate: round 13) or "pipeline"
    (before round 12: bf16 ones through a bf16 copy of transformers' BertModel, fp32 ones through sentence-transformers'
    `encode`; no estimate); the vectors are the same to the bit (tests/model/retrieval/test_lean_bert.py), and the
    estimate changes no verdict (scripts/output_estimate_cases.py, every answer row)."""
    # "unshared" and "unskipped": the shipped embedder, the readers' sharing (`shared_readings`) or session 50's skips
    # (`skipped_readings`) off; "unskipped" had fallen through to the pipelines below, timing them and comparing their
    # scores with the estimate's (162 "differing" verdicts that were the embedder's, not the skips')
    if path in ("estimate", "unshared", "unskipped", "s51", "s53"):
        yield
        return
    estimate_max = embedder.estimate_batch_max
    embedder.estimate_batch_max = None
    try:
        if path == "lean":
            yield
        else:
            with _pipelines(embedder):
                yield
    finally:
        embedder.estimate_batch_max = estimate_max


@contextlib.contextmanager
def _pipelines(embedder) -> Iterator[None]:
    import torch

    if _PIPELINE_BF16.get("bert") is None:
        _PIPELINE_BF16["bert"] = copy.deepcopy(embedder.model[0].auto_model).to(torch.bfloat16).eval()
    bert = _PIPELINE_BF16["bert"]
    lean, lean_max = embedder._lean.get(torch.bfloat16), embedder.lean_batch_max
    embedder._lean[torch.bfloat16] = lambda ids, mask: bert(input_ids=ids, attention_mask=mask).last_hidden_state
    embedder.lean_batch_max = None
    try:
        yield
    finally:
        embedder.lean_batch_max = lean_max
        if lean is None:
            embedder._lean.pop(torch.bfloat16)
        else:
            embedder._lean[torch.bfloat16] = lean


_PIPELINE_BF16: dict = {}


@contextlib.contextmanager
def shared_readings(on: bool) -> Iterator[None]:
    """The safety readers' per-message sharing (`reading_scope`) on (shipped) or off (every reader reads afresh)."""
    before, reading_scope.ENABLED = reading_scope.ENABLED, on
    try:
        yield
    finally:
        reading_scope.ENABLED = before


def compare_short_paths(checker: OutputChecker, rows: list[dict], repeats: int) -> dict:
    """check_input + the output check per message without evidence (no retrieval: the output check embeds each
    sentence the rules, pre-screen and bound leave, one call each, as streamed) three ways (`short_calls`: `estimate`,
    shipped; `lean`, round 13; `pipeline`, before), each answer timed with all three in turn, the order rotating,
    every cache emptied before each timing; and whether any verdict differs (pipeline / lean: category and score;
    lean / estimate: category and who decided, an estimate's "bound" counting as the head's clearing, whose score it
    does not compute). Besides wall time, the checking thread's CPU time (torch runs these calls on it, one thread):
    on a machine shared with other jobs the wall time is mostly waiting for a core."""
    names = ("pipeline", "lean", "estimate", "unshared", "unskipped", "s51", "s53")
    # the int8 weights are packed on the first estimate, and beside bf16 whether it pays is measured: not while timed
    checker.embedder.estimate(["warm up"])
    times: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    calls: dict[str, list[tuple[int, int]]] = {name: [] for name in names}  # (exact calls, estimates) per message
    differ = differ_estimate = differ_shared = differ_skipped = differ_s51 = differ_s53 = 0
    for r in range(max(repeats, 1)):
        for k, (question, sentences) in enumerate(answers_of(rows)):
            verdicts = {}
            for name in names[(r + k) % len(names):] + names[:(r + k) % len(names)]:
                with short_calls(checker.embedder, name), shared_readings(name != "unshared"), \
                        skipped_readings(name != "unskipped"), session52_reads(name != "s51"), \
                        session54_calls(name != "s53", checker.embedder), counting_calls(checker.embedder) as counted:
                    _forget_cached(checker)
                    t0, c0 = time.perf_counter(), time.thread_time()
                    with reading_scope.reading_scope():  # the message's readings, as a `Turn` keeps them
                        check_input(question)
                        verdicts[name] = [checker.check(s, question, previous=sentences[i - 1] if i else "")
                                          for i, s in enumerate(sentences)]
                    times[name].append(time.perf_counter() - t0)
                    cpu[name].append(time.thread_time() - c0)
                calls[name].append((counted["exact"], counted["estimate"]))
            differ += sum((a.category, a.score) != (b.category, b.score)
                          for a, b in zip(verdicts["pipeline"], verdicts["lean"], strict=True))
            differ_estimate += sum(not a.same_decision(b)
                                   for a, b in zip(verdicts["lean"], verdicts["estimate"], strict=True))
            differ_shared += sum(a != b for a, b in zip(verdicts["unshared"], verdicts["estimate"], strict=True))
            differ_skipped += sum(a != b for a, b in zip(verdicts["unskipped"], verdicts["estimate"], strict=True))
            differ_s51 += sum(a != b for a, b in zip(verdicts["s51"], verdicts["estimate"], strict=True))
            differ_s53 += sum(a != b for a, b in zip(verdicts["s53"], verdicts["estimate"], strict=True))
    out = {name: _percentiles(t) for name, t in times.items()}
    out |= {f"{name}_cpu": _percentiles(t) for name, t in cpu.items()}
    out["p95_ratio_pipeline_over_lean"] = out["pipeline"]["p95_ms"] / out["lean"]["p95_ms"]
    out["paired_median_saving_ms"] = float(np.median(np.subtract(times["pipeline"], times["lean"])) * 1000)
    out["verdicts_differing"] = differ
    for kind in ("", "_cpu"):
        out[f"p95{kind}_ratio_lean_over_estimate"] = out[f"lean{kind}"]["p95_ms"] / out[f"estimate{kind}"]["p95_ms"]
    out["paired_median_saving_estimate_ms"] = float(np.median(np.subtract(times["lean"], times["estimate"])) * 1000)
    out["verdicts_differing_estimate"] = differ_estimate
    for kind in ("", "_cpu"):
        out[f"p95{kind}_ratio_unshared_over_shared"] = out[f"unshared{kind}"]["p95_ms"] / out[f"estimate{kind}"]["p95_ms"]
    out["paired_median_saving_shared_ms"] = float(np.median(np.subtract(times["unshared"], times["estimate"])) * 1000)
    out["verdicts_differing_shared"] = differ_shared
    for kind in ("", "_cpu"):
        out[f"p95{kind}_ratio_unskipped_over_skipped"] = out[f"unskipped{kind}"]["p95_ms"] / out[f"estimate{kind}"]["p95_ms"]
    out["paired_median_saving_skipped_ms"] = float(np.median(np.subtract(times["unskipped"], times["estimate"])) * 1000)
    out["verdicts_differing_skipped"] = differ_skipped
    for kind in ("", "_cpu"):
        out[f"p95{kind}_ratio_s51_over_shipped"] = out[f"s51{kind}"]["p95_ms"] / out[f"estimate{kind}"]["p95_ms"]
    out["paired_median_saving_s52_ms"] = float(np.median(np.subtract(times["s51"], times["estimate"])) * 1000)
    out["paired_median_saving_s52_cpu_ms"] = float(np.median(np.subtract(cpu["s51"], cpu["estimate"])) * 1000)
    out["verdicts_differing_s51"] = differ_s51
    for kind in ("", "_cpu"):
        out[f"p95{kind}_ratio_s53_over_shipped"] = out[f"s53{kind}"]["p95_ms"] / out[f"estimate{kind}"]["p95_ms"]
    out["paired_median_saving_s54_cpu_ms"] = float(np.median(np.subtract(cpu["s53"], cpu["estimate"])) * 1000)
    out["paired_median_ratio_s53_over_shipped_cpu"] = float(np.median(np.divide(cpu["s53"], cpu["estimate"])))
    out["verdicts_differing_s53"] = differ_s53
    out["embedder_calls_per_message"] = {name: {
        "exact_mean": float(np.mean([e for e, _ in got])), "exact_max": max(e for e, _ in got),
        "estimates_mean": float(np.mean([n for _, n in got])), "estimates_max": max(n for _, n in got)}
        for name, got in calls.items()}
    for name, label in (("pipeline", "before round 12 (BertModel / sentence-transformers)"),
                        ("lean", "round 13 (LeanBert, no estimate)"), ("unshared", "session 47 (each reader reads afresh)"),
                        ("unskipped", "session 49 (every rule pattern searched, every input bar read)"),
                        ("s51", "session 51 (rule lists' literals found one `in` at a time, question cues per sentence)"),
                        ("s53", "session 53 (the int8 product through torch.ops' Python, q/k/v in three views, an "
                                "estimate's text tokenized twice)"),
                        ("estimate", "shipped (LeanBert + int8 estimate where it pays, readings shared in the message)")):
        p, c, n = out[name], out[f"{name}_cpu"], out["embedder_calls_per_message"][name]
        print(f"without evidence, check_input + output check per message, {label}: p50 {p['p50_ms']:.1f} ms, "
              f"p95 {p['p95_ms']:.1f} ms, max {p['max_ms']:.1f} ms (CPU time p50 {c['p50_ms']:.1f}, "
              f"p95 {c['p95_ms']:.1f} ms); embedder calls per message: exact {n['exact_mean']:.2f} (max "
              f"{n['exact_max']}), int8 estimates {n['estimates_mean']:.2f} (max {n['estimates_max']})")
    print(f"  pipeline/lean p95 {out['p95_ratio_pipeline_over_lean']:.2f}x, paired median saving "
          f"{out['paired_median_saving_ms']:.1f} ms; verdicts (category, score) differing: {differ}")
    print(f"  lean/estimate p95 {out['p95_ratio_lean_over_estimate']:.2f}x (CPU time "
          f"{out['p95_cpu_ratio_lean_over_estimate']:.2f}x), paired median saving "
          f"{out['paired_median_saving_estimate_ms']:.1f} ms; verdicts (category, source) differing: {differ_estimate}")
    print(f"  unshared/shared p95 {out['p95_ratio_unshared_over_shared']:.2f}x (CPU time "
          f"{out['p95_cpu_ratio_unshared_over_shared']:.2f}x), paired median saving "
          f"{out['paired_median_saving_shared_ms']:.1f} ms; verdicts (category, source, score) differing: {differ_shared}")
    print(f"  unskipped/shipped p95 {out['p95_ratio_unskipped_over_skipped']:.2f}x (CPU time "
          f"{out['p95_cpu_ratio_unskipped_over_skipped']:.2f}x), paired median saving "
          f"{out['paired_median_saving_skipped_ms']:.1f} ms; verdicts (category, source, score) differing: {differ_skipped}")
    print(f"  s51/shipped p95 {out['p95_ratio_s51_over_shipped']:.2f}x (CPU time {out['p95_cpu_ratio_s51_over_shipped']:.2f}x), "
          f"paired median saving {out['paired_median_saving_s52_ms']:.2f} ms (CPU time "
          f"{out['paired_median_saving_s52_cpu_ms']:.2f} ms); verdicts (category, source, score) differing: {differ_s51}")
    print(f"  s53/shipped p95 {out['p95_ratio_s53_over_shipped']:.2f}x (CPU time {out['p95_cpu_ratio_s53_over_shipped']:.2f}x), "
          f"paired median CPU time {out['paired_median_ratio_s53_over_shipped_cpu']:.3f}x, saving "
          f"{out['paired_median_saving_s54_cpu_ms']:.2f} ms; verdicts (category, source, score) differing: {differ_s53}")
    return out


@contextlib.contextmanager
def skipped_readings(on: bool) -> Iterator[None]:
    """Session 50's skips on (shipped) or off: the rule patterns that cannot match a text (`prefilter`) and the input
    head's bar where its score is below the lowest (`learned.READ_BAR_NEAR_ONLY`)."""
    before = prefilter.ENABLED, learned.READ_BAR_NEAR_ONLY
    prefilter.ENABLED = learned.READ_BAR_NEAR_ONLY = on
    try:
        yield
    finally:
        prefilter.ENABLED, learned.READ_BAR_NEAR_ONLY = before


@contextlib.contextmanager
def session52_reads(on: bool) -> Iterator[None]:
    """Session 52's reads on (shipped) or off: a rule list's literals found in one regex pass (`prefilter.SCAN_ONCE`) and the
    answer cues of the question read once per message (`output_rules._question_cues`, per scope)."""
    before = prefilter.SCAN_ONCE, output_rules._question_cues
    prefilter.SCAN_ONCE = on
    if not on:
        output_rules._question_cues = before[1].__wrapped__
    try:
        yield
    finally:
        prefilter.SCAN_ONCE, output_rules._question_cues = before


@contextlib.contextmanager
def session54_calls(on: bool, embedder) -> Iterator[None]:
    """Session 54's trims of the embedder's short calls on (shipped) or off (`_session53_layer`, `_session53_linear`, and
    an estimate's text tokenized again from its words, not taken from its cache key's ids): the same vectors to the bit."""
    from medassist.model.retrieval import lean_bert

    if on:
        yield
        return
    cls = type(embedder)
    before = lean_bert._Layer.__call__, lean_bert._Linear.__call__, cls._encode_short
    shipped_linear, shipped_short = before[1], before[2]

    def linear(self, x):
        return _session53_linear(self, x) if self.int8 is not None else shipped_linear(self, x)

    def short(self, texts, bf16, int8=False, token_ids=None):
        return shipped_short(self, texts, bf16, int8)

    lean_bert._Layer.__call__, lean_bert._Linear.__call__, cls._encode_short = _session53_layer, linear, short
    try:
        yield
    finally:
        lean_bert._Layer.__call__, lean_bert._Linear.__call__, cls._encode_short = before


def _session53_layer(self, x, mask):
    """`lean_bert._Layer.__call__` before session 54: q, k and v as three chunks, views and transposes, new tensors for the
    residuals."""
    import torch.nn.functional as F

    batch, length, _ = x.shape
    q, k, v = (t.view(batch, length, self.heads, self.head_size).transpose(1, 2) for t in self.qkv(x).chunk(3, dim=-1))
    a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=0.0, scale=self.scaling, is_causal=False)
    a = a.transpose(1, 2).reshape(batch, length, -1)
    h = self.attention_norm(self.attention_out(a) + x)
    return self.output_norm(self.output(F.gelu(self.intermediate(h))) + h)


def _session53_linear(self, x):
    """An int8 product before session 54: through `torch.ops`' Python packet, which looks for traced stand-ins first."""
    import torch

    return torch.ops.quantized.linear_dynamic(x, self.int8, False)


@contextlib.contextmanager
def counting_calls(embedder) -> Iterator[dict[str, int]]:
    """Count the embedder's calls in the block: `exact` (`_encode`: a text not in the query cache, embedded for real) and
    `estimate` (an int8 estimate of one text)."""
    counted = {"exact": 0, "estimate": 0}
    encode, encode_short = embedder._encode, embedder._encode_short

    def exact(texts):
        counted["exact"] += 1
        return encode(texts)

    def short(texts, bf16, int8=False, token_ids=None):
        counted["estimate"] += int8
        return encode_short(texts, bf16, int8, token_ids)

    embedder._encode, embedder._encode_short = exact, short
    try:
        yield counted
    finally:
        del embedder._encode, embedder._encode_short  # the class's methods again


def cpu_line() -> str:
    """The CPU's model name, cores, whether it has native bf16, and the load."""
    info = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    name = next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")),
                platform.processor() or platform.machine())
    embedder = shared_embedder()
    pays = embedder.estimate_pays() if embedder.bf16_batch_max is not None else None
    return (f"{name}, {os.cpu_count()} CPUs, native bf16: {'yes' if cpu_supports_bf16() else 'no'}"
            + ("" if pays is None else f", int8 estimate beside bf16: {'pays' if pays else 'does not pay'} (measured)")
            + f", load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    rows = [json.loads(line) for line in (REPO_DIR / "datasets/triage/messages.jsonl").read_text().splitlines()]
    texts = [r for r in rows if r["split"] == "validation"]
    det = learned.detector()
    if det is None:
        raise SystemExit("the learned detector is unavailable (embedding model or head missing)")
    checker = output_checker()
    if checker.head is None:
        raise SystemExit("the output head is unavailable (embedding model or head missing)")
    warm_up()  # as a server does at start-up: no lexicon compiled or model loaded inside a timed call
    answers = [r for r in load_answer_set(ANSWER_SET) if r["split"] == "validation"]
    embedder = shared_embedder()
    served = embedder.bf16_batch_max
    print(f"CPU: {cpu_line()}")
    results = {}
    # The served embedder first; on a CPU with native bf16 the same again with the fp32 encoder, for the ratio.
    for name, bf16_max in (("served", served), ("fp32", None)) if served is not None else (("served", None),):
        embedder.bf16_batch_max = bf16_max
        with embedder._queries_lock:
            embedder._queries.clear()
        print(f"-- {name} embedder ({'bf16' if bf16_max else 'fp32'} for short calls)")
        results[name] = measure(det, checker, texts, answers, args.repeats)
    embedder.bf16_batch_max = served
    if "fp32" in results:
        key = "check_input_plus_output_per_message"
        ratio = results["fp32"]["output_check"][key]["p95_ms"] / results["served"]["output_check"][key]["p95_ms"]
        print(f"check_input + output check p95, fp32 encoder / served (bf16): {ratio:.2f}x")
    for name, block in results.items():
        p, c = block["without_evidence"]["estimate"], block["without_evidence"]["estimate_cpu"]
        print(f"without evidence, {name} encoder ({'bf16' if name == 'served' and served else 'fp32'}): check_input + "
              f"output check per message p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms (target p95 < 30 ms; "
              f"CPU time p50 {c['p50_ms']:.1f}, p95 {c['p95_ms']:.1f} ms)")
        w = block["without_evidence_whole_answer"]["wall"]
        print(f"  answer checked whole: p50 {w['p50_ms']:.1f} ms, p95 {w['p95_ms']:.1f} ms")
        lean, lean_cpu = block["without_evidence"]["lean"], block["without_evidence"]["lean_cpu"]
        print(f"  without the estimate (lean; before session 49 where short calls are bf16): p95 {lean['p95_ms']:.1f} ms "
              f"(CPU time {lean_cpu['p95_ms']:.1f} ms): lean/shipped p95 "
              f"{block['without_evidence']['p95_ratio_lean_over_estimate']:.2f}x, CPU time "
              f"{block['without_evidence']['p95_cpu_ratio_lean_over_estimate']:.2f}x")
        off, off_cpu = block["without_evidence"]["unskipped"], block["without_evidence"]["unskipped_cpu"]
        print(f"  without session 50's skips (unskipped): p50 {off['p50_ms']:.1f} ms, p95 {off['p95_ms']:.1f} ms (CPU time "
              f"p50 {off_cpu['p50_ms']:.1f}, p95 {off_cpu['p95_ms']:.1f} ms): unskipped/shipped p95 "
              f"{block['without_evidence']['p95_ratio_unskipped_over_skipped']:.2f}x, CPU time "
              f"{block['without_evidence']['p95_cpu_ratio_unskipped_over_skipped']:.2f}x")
    print(json.dumps({"messages": len(texts), "repeats": args.repeats, "cpu": cpu_line(), "load_average": os.getloadavg()[0],
                      **results["served"], "fp32_encoder": results.get("fp32")}))


if __name__ == "__main__":
    main()
