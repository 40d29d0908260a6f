"""MedAssist: LoRA fine-tuning, honest evaluation and safe serving of small medical QA assistants."""

import os

# Idle OpenMP threads sleep instead of spin-waiting. On a shared or oversubscribed CPU, spinning threads
# fight other processes for the cores: measured on the 2-core dev machine under load, one decode step of
# the 135M model took 2.9 s with the default policy and 0.3 s with PASSIVE. Must be set before torch
# loads (libgomp reads it once); set OMP_WAIT_POLICY yourself to override.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
