"""Models: the name registry, the offline-first loader (with GGUF conversion) and hub access."""

from medassist.model.loading.loader import (
    load_model,
    load_model_with_adapter,
    load_tokenizer,
    resolve_model_dir,
)

__all__ = ["load_model", "load_model_with_adapter", "load_tokenizer", "resolve_model_dir"]
