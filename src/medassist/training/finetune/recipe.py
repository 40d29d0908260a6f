"""The LoRA fine-tuning recipe: config -> model + LoRA -> answer-only examples -> transformers.Trainer
-> best adapter by validation loss, with metrics, summary and provenance beside it.

The Trainer owns the loop. With labels in the batch and a model whose forward accepts loss kwargs,
it counts the answer tokens of all micro-batches of one optimizer step (`num_items_in_batch`) and the
model divides the summed token loss by that count, so batch 1 x accum 4 scales like batch 4 x accum 1.
"""

from __future__ import annotations

import json
import logging
import math
import resource
import shutil
import time
from pathlib import Path

import torch
from transformers import Trainer, TrainingArguments
from transformers.trainer_callback import ProgressCallback

from medassist.errors import MedAssistError
from medassist.io import write_json, write_text
from medassist.model.loading.loader import load_model, load_tokenizer, pick_dtype, resolve_model_dir
from medassist.model.loading.registry import KNOWN_MODELS
from medassist.training.data.leakage import TRAINING_RECORD, training_hashes
from medassist.training.finetune import checkpoints
from medassist.training.finetune.callbacks import (
    BEST_DIR,
    BEST_RECORD,
    METRICS,
    BaseEval,
    BestAdapter,
    CheckpointManifest,
    MetricsLog,
    Progress,
)
from medassist.training.finetune.config import TrainConfig
from medassist.training.finetune.data import (
    encode_records,
    load_records,
    make_collator,
    retrieval_contexts,
    supervised_tokens,
)

log = logging.getLogger(__name__)

CHECKPOINTS = "checkpoints"
BASE_EVAL = "base_eval.json"
SUMMARY = "train_summary.json"
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")


class MedAssistTrainer(Trainer):
    """transformers.Trainer plus a count of supervised (answer) tokens, logged as tokens/s.

    (Running the vocabulary head only at answer positions was tried and measured slower on this CPU:
    it lives on as an ablation in `bench/train_throughput.py --only-head-ablation`.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.supervised_tokens = 0
        self._clock = (time.perf_counter(), 0)

    def training_step(self, model, inputs, num_items_in_batch=None):
        self.supervised_tokens += supervised_tokens(inputs["labels"]) * self.args.world_size
        return super().training_step(model, inputs, num_items_in_batch)

    def log(self, logs: dict, start_time: float | None = None) -> None:
        if "loss" in logs:  # tokens/s since the previous training log row
            now = time.perf_counter()
            t0, n0 = self._clock
            logs["tokens_per_s"] = round((self.supervised_tokens - n0) / max(now - t0, 1e-9), 1)
            self._clock = (now, self.supervised_tokens)
        super().log(logs, start_time)


def _device() -> str:
    return "cuda" if torch.cuda.is_available() else "cpu"


def device_name() -> str | None:
    """The accelerator's name (None on a CPU)."""
    return torch.cuda.get_device_name() if torch.cuda.is_available() else None


def load_base(cfg: TrainConfig):
    """(model, tokenizer) for training: on the CPU (the Trainer places it), in the config's dtype."""
    device = _device()
    dtype = pick_dtype(device, cfg.model.dtype)
    if not cfg.model.qlora:
        return load_model(cfg.model.name, dtype=dtype, device="cpu",
                          trust_remote_code=cfg.model.trust_remote_code)
    if device != "cuda":
        raise MedAssistError("config key 'model.qlora': QLoRA (4-bit bitsandbytes) needs a CUDA GPU")
    try:
        import bitsandbytes  # noqa: F401
    except ImportError:
        raise MedAssistError("model.qlora needs bitsandbytes: pip install 'medassist[qlora]'") from None
    from peft import prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    path = resolve_model_dir(cfg.model.name)
    quant = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                               bnb_4bit_compute_dtype=dtype)
    model = AutoModelForCausalLM.from_pretrained(path, quantization_config=quant, dtype=dtype,
                                                 device_map={"": torch.cuda.current_device()},
                                                 trust_remote_code=cfg.model.trust_remote_code)
    model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=cfg.model.gradient_checkpointing)
    return model, load_tokenizer(path, trust_remote_code=cfg.model.trust_remote_code)


def linear_module_names(model) -> list[str]:
    """'all-linear' as short names (q_proj, ..., down_proj; never the output head). peft would store
    full per-layer paths in adapter_config.json, which other loaders (vLLM) match less reliably."""
    head = model.get_output_embeddings()
    return sorted({name.rsplit(".", 1)[-1] for name, m in model.named_modules()
                   if isinstance(m, torch.nn.Linear) and m is not head})


def load_init_adapter(model, cfg: TrainConfig, targets: list[str]):
    """`model` wrapped with the trainable adapter in `lora.init_from`, after checking that it is the
    adapter the config describes (a silent switch of rank or targets would make the config lie)."""
    from peft import PeftModel

    path = Path(cfg.lora.init_from).expanduser()
    conf_path = path / "adapter_config.json"
    if not conf_path.exists():
        raise MedAssistError(f"config key 'lora.init_from': {path} holds no adapter_config.json")
    conf = json.loads(conf_path.read_text(encoding="utf-8"))
    theirs = {"r": conf.get("r"), "alpha": conf.get("lora_alpha"), "target_modules": sorted(conf.get("target_modules") or [])}
    ours = {"r": cfg.lora.r, "alpha": cfg.lora.alpha, "target_modules": sorted(targets)}
    for key, value in ours.items():
        if theirs[key] != value:
            raise MedAssistError(f"config key 'lora.{key}' is {value!r} but the adapter in lora.init_from "
                                 f"({path}) has {theirs[key]!r}; make them match")
    return PeftModel.from_pretrained(model, path, is_trainable=True)


def add_lora(model, cfg: TrainConfig):
    from peft import LoraConfig, get_peft_model

    targets = cfg.lora.target_modules
    if targets == "all-linear":
        targets = linear_module_names(model)
    if cfg.lora.init_from:
        model = load_init_adapter(model, cfg, list(targets))
    else:
        lora = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                          target_modules=targets, task_type="CAUSAL_LM")
        try:
            model = get_peft_model(model, lora)
        except ValueError as e:  # e.g. target modules that this architecture does not have
            raise MedAssistError(f"config key 'lora.target_modules': {e}") from None
    if cfg.model.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    return model


def _require_tensorboard() -> None:
    import importlib.util

    if not (importlib.util.find_spec("tensorboard") or importlib.util.find_spec("tensorboardX")):
        raise MedAssistError("config key 'train.tensorboard': TensorBoard is not installed; "
                             "pip install 'medassist[tensorboard]' or set train.tensorboard=false")


def training_arguments(cfg: TrainConfig, out: Path, dtype: torch.dtype, *, eval_on_start: bool) -> TrainingArguments:
    t = cfg.train
    if t.tensorboard:
        _require_tensorboard()
    return TrainingArguments(
        output_dir=str(out / CHECKPOINTS),
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.eval_batch_size,
        gradient_accumulation_steps=t.grad_accum,
        learning_rate=t.learning_rate,
        num_train_epochs=t.epochs,
        max_steps=t.max_steps or -1,
        warmup_steps=t.warmup_ratio,  # a float in [0, 1) is a ratio of the total steps
        weight_decay=t.weight_decay,
        lr_scheduler_type=t.lr_scheduler,
        max_grad_norm=t.max_grad_norm,
        eval_strategy="steps" if t.eval_steps else "epoch",
        eval_on_start=eval_on_start,
        eval_steps=t.eval_steps,
        save_strategy="steps",
        save_steps=t.save_steps,
        save_total_limit=t.save_total_limit,
        logging_steps=t.logging_steps,
        logging_first_step=True,
        seed=t.seed,
        data_seed=t.seed,
        train_sampling_strategy="group_by_length" if t.group_by_length and not t.packing else "random",
        bf16=dtype == torch.bfloat16,
        fp16=dtype == torch.float16,
        use_cpu=_device() == "cpu",
        report_to=["tensorboard"] if t.tensorboard else "none",
        remove_unused_columns=False,  # our collators pick their own columns
        ddp_find_unused_parameters=False,
        dataloader_num_workers=0,
    )


def peak_memory_gb() -> float:
    if torch.cuda.is_available():
        return torch.cuda.max_memory_allocated() / 2**30
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux


def portable_base_name(name: str) -> str:
    """What adapter_config.json should name as the base: the hub id for known models (not a cache
    path that exists only on this machine), the absolute folder for local models."""
    if name in KNOWN_MODELS and KNOWN_MODELS[name].hub_id:
        return KNOWN_MODELS[name].hub_id
    p = Path(name).expanduser()
    return str(p.resolve()) if p.exists() else name


def prepare_output(out: Path, resume: bool) -> Path | None:
    """The checkpoint to resume from (None: start fresh); refuses to mix a new run into an old one."""
    ckpt_dir = out / CHECKPOINTS
    if not resume:
        if (out / SUMMARY).exists() or ckpt_dir.exists():
            raise MedAssistError(f"{out}: holds a previous run; pass --resume to continue it "
                                 "or choose another --output")
        return None
    if (out / SUMMARY).exists():
        raise MedAssistError(f"{out}: this run already finished ({SUMMARY}); nothing to resume")
    ckpt = checkpoints.last_complete(ckpt_dir)
    if ckpt is None:
        log.warning("--resume: no complete checkpoint in %s; starting from the beginning", ckpt_dir)
        if ckpt_dir.exists():
            shutil.rmtree(ckpt_dir)
        for stale in (out / METRICS, out / BASE_EVAL, out / BEST_DIR):
            if stale.is_dir():
                shutil.rmtree(stale)
            elif stale.exists():
                stale.unlink()
        return None
    # Newer folders are partial or corrupt: drop them so the Trainer's rotation never keeps them.
    for p in ckpt_dir.iterdir():
        if p.is_dir() and checkpoints.step_of(p) > checkpoints.step_of(ckpt):
            shutil.rmtree(p)
    print(f"resuming from {ckpt}", flush=True)
    return ckpt


def finalize_adapter(out: Path, trainer: Trainer, tokenizer, cfg: TrainConfig) -> dict | None:
    """Put the best adapter (by validation loss) at the top level of `out`, with the tokenizer."""
    best = out / BEST_DIR
    if (best / BEST_RECORD).exists():
        for name in ADAPTER_FILES:
            shutil.copyfile(best / name, out / f".{name}.tmp")
            (out / f".{name}.tmp").replace(out / name)
        best_info = json.loads((best / BEST_RECORD).read_text())
    else:  # no validation split evaluated: the final weights
        trainer.model.save_pretrained(out)
        best_info = None
    tokenizer.save_pretrained(out)  # carries the chat template
    conf_path = out / "adapter_config.json"
    conf = json.loads(conf_path.read_text())
    conf["base_model_name_or_path"] = portable_base_name(cfg.model.name)
    write_json(conf_path, conf)
    return best_info


def init_adapter_record(cfg: TrainConfig) -> dict | None:
    """What the adapter in `lora.init_from` was made from: its train summary (with its path) and the
    question hashes it was trained on; None when training starts from a new LoRA."""
    if not cfg.lora.init_from:
        return None
    path = Path(cfg.lora.init_from).expanduser()
    summary = json.loads((path / SUMMARY).read_text()) if (path / SUMMARY).exists() else {}
    return {"summary": {"path": str(cfg.lora.init_from), **summary}, "question_hashes": training_hashes(path)}


def train(cfg: TrainConfig, *, resume: bool = False, callbacks=()) -> dict:
    """Run one fine-tuning; returns the train summary (also written to `<output>/train_summary.json`)."""
    from medassist.training.finetune.provenance import training_record

    wall0 = time.perf_counter()
    out = Path(cfg.output.dir)
    resume_from = prepare_output(out, resume)
    out.mkdir(parents=True, exist_ok=True)
    from transformers import set_seed

    set_seed(cfg.train.seed)
    model, tokenizer = load_base(cfg)
    dtype = next(p.dtype for p in model.parameters() if p.is_floating_point())
    model = add_lora(model, cfg)
    parent = init_adapter_record(cfg)  # read with its weights: what the run actually started from

    train_records = load_records(cfg.data.dir, "train", cfg.data.max_train_samples, cfg.data.exclude_answers)
    val_records = load_records(cfg.data.dir, "validation", cfg.data.max_val_samples, cfg.data.exclude_answers)
    clip = {"clip": cfg.data.clip, "max_answer_tokens": cfg.data.max_answer_tokens}
    train_contexts = val_contexts = None
    if cfg.data.retrieval_k:
        # The index evaluation retrieves from (the whole train split), built by the same function.
        from medassist.training.evaluate.heldout import build_retriever

        retriever = build_retriever(load_records(cfg.data.dir, "train", None), evaluated=())
        if cfg.data.evidence:
            from medassist.training.finetune.raft import raft_examples

            raft = {"k": cfg.data.retrieval_k, "n": cfg.data.evidence, "oracle_share": cfg.data.oracle_share}
            train_records, train_contexts = raft_examples(retriever, train_records, seed=cfg.train.seed, **raft)
            val_records, val_contexts = raft_examples(retriever, val_records, seed=cfg.train.seed + 1, **raft)
        else:
            train_contexts = retrieval_contexts(retriever, train_records, cfg.data.retrieval_k)
            val_contexts = retrieval_contexts(retriever, val_records, cfg.data.retrieval_k)
    train_ex = encode_records(tokenizer, train_records, cfg.data.max_length, contexts=train_contexts, **clip)
    val_ex = encode_records(tokenizer, val_records, cfg.data.max_length, contexts=val_contexts, **clip)
    from datasets import Dataset

    args = training_arguments(cfg, out, dtype, eval_on_start=resume_from is None)
    earlier = checkpoints.sessions_of(resume_from)
    first_step = checkpoints.step_of(resume_from) if resume_from else 0

    def session(to_step: int) -> dict:
        """This process's share of the run, for the checkpoint manifests and the summary."""
        return {"device": _device(), "device_name": device_name(), "dtype": str(dtype).removeprefix("torch."),
                "world_size": args.world_size, "from_step": first_step, "to_step": to_step,
                "wall_seconds": round(time.perf_counter() - wall0, 1)}

    metrics_log = MetricsLog(out / METRICS, first_step if resume_from else None)
    trainer = MedAssistTrainer(
        model=model, args=args, train_dataset=Dataset.from_list(train_ex),
        eval_dataset=Dataset.from_list(val_ex), data_collator=make_collator(tokenizer, cfg.train.packing),
        processing_class=tokenizer,
        callbacks=[metrics_log, BestAdapter(out), CheckpointManifest(earlier, session), *callbacks])
    trainer.remove_callback(ProgressCallback)
    if not args.disable_tqdm:
        trainer.add_callback(Progress())

    # The untuned base on the same split, by the same code: LoRA's B matrices start at zero, so the
    # wrapped model before the first step computes exactly the base model's loss. It runs inside
    # train() (eval_on_start): an evaluate() before train() would mark the model prepared and the
    # Trainer would then skip wrapping it in DDP.
    base_eval_path = out / BASE_EVAL
    base_eval = BaseEval(base_eval_path, len(val_ex))
    trainer.add_callback(base_eval)

    t0 = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    train_seconds = time.perf_counter() - t0
    # From the Trainer's own history (kept on every rank), so all ranks take the same branch.
    last_eval_step = max((r["step"] for r in trainer.state.log_history if "eval_loss" in r), default=-1)
    if last_eval_step != trainer.state.global_step:  # max_steps ended mid-epoch: evaluate the end too
        trainer.evaluate()

    if not trainer.is_world_process_zero():
        return {}
    best = finalize_adapter(out, trainer, tokenizer, cfg)
    current = session(trainer.state.global_step)
    train_rows = [r["loss"] for r in metrics_log.rows if r.get("loss") is not None]
    best_val = best["eval_loss"] if best else None
    summary = {
        "train_loss": sum(train_rows) / len(train_rows) if train_rows else result.training_loss,
        "final_train_loss": train_rows[-1] if train_rows else None,
        "best_val_loss": best_val,
        "best_val_perplexity": math.exp(best_val) if best_val is not None else None,
        "best_step": best["step"] if best else None,
        "base_val_loss": base_eval.loss,
        "base_val_perplexity": math.exp(base_eval.loss) if base_eval.loss is not None else None,
        "peak_memory_gb": round(peak_memory_gb(), 3),
        "wall_seconds": current["wall_seconds"],
        "train_seconds": round(train_seconds, 1),
        # supervised (answer) tokens per second of this session's training (resumed part only)
        "tokens_per_s": round(trainer.supervised_tokens / max(train_seconds, 1e-9), 1),
        "steps": trainer.state.global_step,
        "epochs": trainer.state.epoch,
        "train_examples": len(train_ex),
        "val_examples": len(val_ex),
        # device, device_name (so a GPU-trained adapter's time is not read as a CPU's), dtype, world size
        **{k: current[k] for k in ("dtype", "device", "device_name", "world_size")},
        "resumed_from": str(resume_from) if resume_from else None,
    }
    # wall_seconds above is this process only; a resumed run's whole history (sessions that left
    # only a checkpoint, on whichever machine) comes from the resumed checkpoint's manifest.
    sessions = earlier + [current]
    summary["sessions"] = sessions
    summary["total_wall_seconds"] = round(sum(s.get("wall_seconds") or 0 for s in sessions), 1)
    if parent is not None:
        # Continued training: base_val_loss above is then the starting adapter's, and the adapter has
        # also seen everything its parent was trained on (evaluation must refuse those questions too).
        summary["init_from"] = parent["summary"]
    write_text(out / "config.yaml", cfg.to_yaml())
    write_json(out / TRAINING_RECORD, training_record(
        base_model=cfg.model.name, data_dir=cfg.data.dir, questions=[r.question for r in train_records],
        config=cfg.to_dict(), earlier_hashes=parent["question_hashes"] if parent else ()))
    write_json(out / SUMMARY, summary)
    if not cfg.output.keep_checkpoints:
        for folder in (out / CHECKPOINTS, out / BEST_DIR):
            shutil.rmtree(folder, ignore_errors=True)
    return summary
