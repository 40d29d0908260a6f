"""The training config: one dataclass schema (model / data / lora / train / output), loaded from YAML
with `--set section.key=value` overrides, validated before anything heavy is imported or loaded.

Unknown keys and bad values raise MedAssistError naming the key, so a typo never silently falls back
to a default.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medassist.errors import MedAssistError
from medassist.model.loading.registry import DEFAULT_MODEL

DTYPES = ("auto", "bf16", "fp16", "fp32")
CLIP_MODES = ("sentence", "tokens")  # how a too-long training answer is cut (finetune/data.py)
SCHEDULERS = ("cosine", "linear", "constant", "constant_with_warmup", "cosine_with_restarts", "polynomial")


def _check(cond: bool, key: str, msg: str) -> None:
    if not cond:
        raise MedAssistError(f"config key {key!r}: {msg}")


@dataclass
class ModelArgs:
    name: str = DEFAULT_MODEL  # a known name, a local folder or a hub id
    dtype: str = "auto"  # auto = bf16 where the CPU/GPU supports it, fp16 on older GPUs, else fp32
    trust_remote_code: bool = False
    qlora: bool = False  # 4-bit base via bitsandbytes; CUDA only
    gradient_checkpointing: bool = False

    def __post_init__(self):
        _check(self.dtype in DTYPES, "model.dtype", f"{self.dtype!r} is not one of {', '.join(DTYPES)}")
        _check(bool(self.name), "model.name", "must not be empty")


@dataclass
class DataArgs:
    dir: str = "data/medquad"  # a prepared data folder (train/validation/test.jsonl + stats.json)
    max_train_samples: int | None = None  # the first N of the (already shuffled) train split
    max_val_samples: int | None = None
    max_length: int = 512  # longer examples are cut (prompt first, so keep it generous)
    # How a too-long answer is cut: "sentence" = at its last sentence end that fits, keeping the
    # end-of-turn (the model learns to finish); "tokens" = at max_length, mid-word, no end-of-turn.
    clip: str = "sentence"
    max_answer_tokens: int | None = None  # answer budget (e.g. the served max_new_tokens); None: max_length only
    # Regular expressions: records whose answer matches one are left out of training and validation
    # (e.g. MedQuAD's boilerplate lists of resource names, which teach the model to answer with one).
    exclude_answers: list[str] = field(default_factory=list)
    # Retrieved passages in each training prompt, laid out as served (0: question only). Retrieved
    # from the train split, never the example's own answer, so the model learns to use neighbours.
    retrieval_k: int = 0
    # Evidence sentences instead of whole passages (0: passages), laid out as served, from the
    # retrieval_k passages; in `oracle_share` of the examples some are the record's own answer
    # sentences, which the target then cites (the RAFT recipe: training/finetune/raft.py).
    evidence: int = 0
    oracle_share: float = 0.8

    def __post_init__(self):
        _check(self.retrieval_k >= 0, "data.retrieval_k", f"must be 0 or more, got {self.retrieval_k}")
        _check(self.evidence >= 0, "data.evidence", f"must be 0 or more, got {self.evidence}")
        _check(not self.evidence or self.retrieval_k > 0, "data.evidence",
               "needs data.retrieval_k (the passages the evidence sentences come from)")
        _check(0 <= self.oracle_share <= 1, "data.oracle_share", f"must be in [0, 1], got {self.oracle_share}")
        _check(self.clip in CLIP_MODES, "data.clip", f"{self.clip!r} is not one of {', '.join(CLIP_MODES)}")
        _check(self.max_answer_tokens is None or self.max_answer_tokens > 0, "data.max_answer_tokens",
               f"must be a positive integer or null, got {self.max_answer_tokens}")
        for pattern in self.exclude_answers:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as e:
                raise MedAssistError(f"config key 'data.exclude_answers': {pattern!r} is not a regular expression ({e})") from None
        for k in ("max_train_samples", "max_val_samples"):
            v = getattr(self, k)
            _check(v is None or v > 0, f"data.{k}", f"must be a positive integer or null, got {v}")
        _check(self.max_length >= 16, "data.max_length", f"must be >= 16, got {self.max_length}")


@dataclass
class LoraArgs:
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] | str = field(default_factory=lambda: ["q_proj", "v_proj"])  # or "all-linear"
    # Continue training an existing adapter folder instead of starting a new LoRA; its own rank,
    # alpha and targets then apply (r/alpha/target_modules above must match it).
    init_from: str | None = None

    def __post_init__(self):
        _check(self.r > 0, "lora.r", f"must be positive, got {self.r}")
        _check(self.alpha > 0, "lora.alpha", f"must be positive, got {self.alpha}")
        _check(0 <= self.dropout < 1, "lora.dropout", f"must be in [0, 1), got {self.dropout}")
        if isinstance(self.target_modules, str):
            _check(self.target_modules == "all-linear", "lora.target_modules",
                   f"a string must be 'all-linear', got {self.target_modules!r}; otherwise give a list")
        else:
            _check(len(self.target_modules) > 0, "lora.target_modules", "must not be empty")


@dataclass
class OptimArgs:
    learning_rate: float = 1e-4
    batch_size: int = 4  # per device
    grad_accum: int = 1
    epochs: float = 1.0
    max_steps: int | None = None  # overrides epochs when set
    warmup_ratio: float = 0.03
    weight_decay: float = 0.01
    lr_scheduler: str = "cosine"
    max_grad_norm: float = 1.0
    eval_steps: int | None = None  # None: evaluate on the validation split at the end of each epoch
    eval_batch_size: int = 8
    save_steps: int = 50  # checkpoint for --resume every N optimizer steps
    save_total_limit: int = 2  # keep the last N checkpoints (>1, so a corrupt newest one has a fallback)
    logging_steps: int = 10
    seed: int = 42
    packing: bool = False  # padding-free packing of several examples per row (position_ids restart)
    group_by_length: bool = True
    tensorboard: bool = False

    def __post_init__(self):
        _check(self.learning_rate > 0, "train.learning_rate", f"must be positive, got {self.learning_rate}")
        for k in ("batch_size", "grad_accum", "eval_batch_size", "save_steps", "logging_steps"):
            _check(getattr(self, k) > 0, f"train.{k}", f"must be a positive integer, got {getattr(self, k)}")
        _check(self.epochs > 0, "train.epochs", f"must be positive, got {self.epochs}")
        _check(self.max_steps is None or self.max_steps > 0, "train.max_steps",
               f"must be a positive integer or null, got {self.max_steps}")
        _check(self.eval_steps is None or self.eval_steps > 0, "train.eval_steps",
               f"must be a positive integer or null, got {self.eval_steps}")
        _check(0 <= self.warmup_ratio < 1, "train.warmup_ratio", f"must be in [0, 1), got {self.warmup_ratio}")
        _check(self.weight_decay >= 0, "train.weight_decay", f"must be >= 0, got {self.weight_decay}")
        _check(self.lr_scheduler in SCHEDULERS, "train.lr_scheduler",
               f"{self.lr_scheduler!r} is not one of {', '.join(SCHEDULERS)}")
        _check(self.save_total_limit >= 1, "train.save_total_limit", "must be >= 1")


@dataclass
class OutputArgs:
    dir: str = "runs/medassist"
    # After a successful run the top level holds the best adapter; checkpoints/ (optimizer states, for
    # --resume) and best/ are then removed unless kept, so the folder is ready to ship.
    keep_checkpoints: bool = False


@dataclass
class TrainConfig:
    model: ModelArgs = field(default_factory=ModelArgs)
    data: DataArgs = field(default_factory=DataArgs)
    lora: LoraArgs = field(default_factory=LoraArgs)
    train: OptimArgs = field(default_factory=OptimArgs)
    output: OutputArgs = field(default_factory=OutputArgs)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.to_dict(), sort_keys=False)


# --- loading -----------------------------------------------------------------------------------

def _coerce(value: Any, tp: Any, key: str) -> Any:
    """Check/convert one YAML value against a field's annotation (YAML reads `1e-4` as a string)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None:
            _check(type(None) in options, key, "must not be null")
            return None
        errors = []
        for opt in options:
            if opt is type(None):
                continue
            try:
                return _coerce(value, opt, key)
            except MedAssistError as e:
                errors.append(str(e))
        raise MedAssistError(errors[-1])
    if origin is list:
        (item,) = typing.get_args(tp)
        _check(isinstance(value, list), key, f"expected a list, got {value!r}")
        return [_coerce(v, item, key) for v in value]
    if tp is bool:
        _check(isinstance(value, bool), key, f"expected true or false, got {value!r}")
        return value
    if tp is int:
        _check(isinstance(value, int) and not isinstance(value, bool), key, f"expected an integer, got {value!r}")
        return value
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
        raise MedAssistError(f"config key {key!r}: expected a number, got {value!r}")
    if tp is str:
        _check(isinstance(value, str), key, f"expected a string, got {value!r}")
        return value
    raise TypeError(f"unsupported annotation {tp!r} for {key}")  # a schema bug, not user input


def _build(cls, data: Any, prefix: str):
    _check(isinstance(data, dict), prefix or "<root>", f"expected a mapping, got {data!r}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        where = f"{prefix}." if prefix else ""
        raise MedAssistError(f"unknown config key {where + unknown[0]!r}; valid keys: {', '.join(sorted(names))}")
    kwargs = {}
    for name, value in data.items():
        key = f"{prefix}.{name}" if prefix else name
        tp = hints[name]
        kwargs[name] = _build(tp, value or {}, key) if dataclasses.is_dataclass(tp) else _coerce(value, tp, key)
    return cls(**kwargs)


def set_key(data: dict, assignment: str) -> None:
    """Apply one `section.key=value` override (value parsed as YAML) to a raw config mapping."""
    if "=" not in assignment:
        raise MedAssistError(f"--set {assignment!r}: expected section.key=value")
    path, raw = assignment.split("=", 1)
    parts = path.strip().split(".")
    try:
        value = yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError:
        value = raw
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise MedAssistError(f"--set {assignment!r}: {part!r} is not a section")
    node[parts[-1]] = value


def read_yaml(path: str | Path) -> dict:
    path = Path(path)
    if not path.exists():
        raise MedAssistError(f"{path}: config file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise MedAssistError(f"{path}: not valid YAML ({e})") from None
    if not isinstance(data, dict):
        raise MedAssistError(f"{path}: expected a mapping of sections (model, data, lora, train, output)")
    return data


def config_from_dict(data: dict, overrides: list[str] = ()) -> TrainConfig:
    data = yaml.safe_load(yaml.safe_dump(data))  # a deep copy that --set may edit
    for assignment in overrides:
        set_key(data, assignment)
    return _build(TrainConfig, data, "")


def load_config(path: str | Path | None, overrides: list[str] = ()) -> TrainConfig:
    return config_from_dict(read_yaml(path) if path else {}, overrides)
