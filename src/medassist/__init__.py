"""MedAssist: LoRA fine-tuning, honest evaluation and safe serving of small medical QA assistants."""

__version__ = "0.1.0"
