"""LoRA fine-tuning (train), hyperparameter sweeps and adapter export."""
