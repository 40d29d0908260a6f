"""MedAssist: LoRA fine-tuning, honest evaluation and safe serving of small medical QA assistants.

    from medassist import Assistant
    print(Assistant.load().answer("What is gout?").text())

`Assistant` and `Turn` are loaded on first use (module __getattr__), so `import medassist` (and the CLI's
parser) stays free of torch and transformers.
"""

import os

# Idle OpenMP threads sleep instead of spin-waiting. On a shared or oversubscribed CPU, spinning threads
# fight other processes for the cores: measured on the 2-core dev machine under load, one decode step of
# the 135M model took 2.9 s with the default policy and 0.3 s with PASSIVE. Must be set before torch
# loads (libgomp reads it once); set OMP_WAIT_POLICY yourself to override.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"

# The front door, re-exported from the model room when first asked for.
_LAZY = {"Assistant": "medassist.model", "Turn": "medassist.model"}
__all__ = ["Assistant", "Turn", "__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'medassist' has no attribute {name!r}")
