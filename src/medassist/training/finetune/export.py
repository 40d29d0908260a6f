"""`medassist export`: fold a LoRA adapter into its base weights and save a plain transformers model
(safetensors + tokenizer with chat template) that needs neither peft nor MedAssist to load."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from medassist.errors import MedAssistError


def export(adapter: str | Path, out: str | Path, *, base: str | None = None, dtype: str = "auto") -> Path:
    from medassist.model.loading.loader import adapter_base_model, load_model_with_adapter

    adapter, out = Path(adapter), Path(out)
    base = base or adapter_base_model(adapter)  # validates the adapter folder
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise MedAssistError(f"--out {out}: exists and is not an empty folder")
    model, tok = load_model_with_adapter(base, adapter, merge=True, dtype=dtype, device="cpu")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:  # written beside the target, renamed when complete: never a half-exported model
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out
